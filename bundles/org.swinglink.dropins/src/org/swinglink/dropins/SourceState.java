package org.swinglink.dropins;

/** Whether a parser, or a jar in the drop-ins folder, can be used for imports, and if not, why not. */
public enum SourceState {
    /** Registered and used for the next import. */
    ACTIVE("active", true),
    /** Registered, but it threw while judging or reading a file; other sources are unaffected. */
    FAILING("failing", true),
    /** A bundle SwingLink cannot resolve, usually a missing package or a wrong API version. */
    UNRESOLVED("unresolved", false),
    /** A file that is not an OSGi bundle. */
    NOT_A_BUNDLE("not a bundle", false),
    /** A bundle that started but offers no SwingSource. */
    NO_SOURCE("no source", false),
    /** A bundle that is resolved but not started, for example because its activator failed. */
    NOT_STARTED("not started", false),
    /** A jar the drop-ins folder watcher has not installed yet. */
    PENDING("pending", false);

    private final String label;
    private final boolean usable;

    SourceState(String label, boolean usable) {
        this.label = label;
        this.usable = usable;
    }

    /** The state in words, as the CLI and the Sources view show it. */
    public String label() {
        return label;
    }

    /** Whether files can be imported with it. */
    public boolean usable() {
        return usable;
    }
}
