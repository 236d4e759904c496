package org.swinglink.cli.internal;

/** Exit codes of the headless product, documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    /** An import failed: bad or unrecognised input; its import session records why. */
    static final int IMPORT_FAILED = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** The database could not be opened or used. */
    static final int DATABASE = 3;
    /** A defect in SwingLink. */
    static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
