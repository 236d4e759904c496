package org.swinglink.ui.internal.wizard;

/** Names of the wizard's widgets ({@link org.swinglink.ui.SwingLinkUi#WIDGET_ID}), for tests. */
public final class WizardIds {
    public static final String BULK = "importWizard.bulk";
    public static final String PER_PLAYER = "importWizard.perPlayer";
    public static final String PATHS = "importWizard.paths";
    public static final String PLAYER = "importWizard.player";
    public static final String PREVIEW_TABLE = "importWizard.preview";
    public static final String ZONE_PREFIX = "importWizard.zone.";
    public static final String SKIP_BAD_ROWS = "importWizard.skipBadRows";
    public static final String OFFSET = "importWizard.offset";
    public static final String TOLERANCE = "importWizard.tolerance";
    public static final String FAILURE = "importWizard.failure";
    public static final String RESULT_TEXT = "importResult.text";

    private WizardIds() {
    }
}
