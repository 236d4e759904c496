/**
 * The SwingLink source SPI: what a bundle implements to teach SwingLink a new file format.
 * <p>
 * A parser bundle registers a {@link org.swinglink.source.api.SwingSource} OSGi service. For each
 * file SwingLink asks every registered source how confident it is that the file is its format
 * ({@link org.swinglink.source.api.SwingSource#confidence(FileSample)}), picks the most confident
 * one and lets it stream the file's records into a {@link org.swinglink.source.api.RecordSink}.
 * <p>
 * Versioned semantically: a third-party bundle imports {@code org.swinglink.source.api;version="[1.0,2)"}.
 */
package org.swinglink.source.api;
