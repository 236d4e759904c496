package org.swinglink.importer;

/**
 * A parser that threw while reading a file: a defect of the parser, not of the file. For a
 * third party's parser the user is told which parser failed on which file; a built-in parser's
 * failure is a defect of SwingLink itself. The stack trace is for the log.
 *
 * @param parser the parser's display name
 * @param file the file it failed on
 * @param thrown what it threw, class and message
 * @param builtIn whether the parser is one of SwingLink's own
 * @param stackTrace the stack trace, for the log
 */
public record ParserFailure(String parser, String file, String thrown, boolean builtIn, String stackTrace) {

    /** "parser X failed on file Y: what it threw", as the user is told. */
    public String describe() {
        return (builtIn ? "SwingLink's own parser " : "parser ") + parser + " failed on file " + file + ": " + thrown;
    }
}
