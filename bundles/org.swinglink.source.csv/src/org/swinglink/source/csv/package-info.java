/**
 * Reading vendor CSV exports the way they really are: a header found by its content below any
 * title lines, columns looked up by trimmed, case-insensitive name, cells trimmed, and every bad
 * value reported with its line and column instead of stopping the file. Used by SwingLink's own
 * parsers and free for third-party parsers.
 */
package org.swinglink.source.csv;
