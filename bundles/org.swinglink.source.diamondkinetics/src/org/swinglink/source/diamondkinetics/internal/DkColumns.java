package org.swinglink.source.diamondkinetics.internal;

import org.swinglink.source.csv.CsvHeader;

/** The columns around the metrics: time, player, and what tells a DK header from look-alikes. */
final class DkColumns {
    /**
     * Where the swing's time may be, in order of preference when a file has several: a column
     * named for a full timestamp first, then date-named ones; {@code createdAt} last, because in
     * API data it may be when the record was stored rather than when the swing happened. The cell
     * must hold date and time together.
     */
    static final String[] TIME = { "Timestamp", "Date/Time", "Date", "Swing Date", "Swing Time", "swingDate",
            "createdAt" };

    static final String[] FIRST_NAME = { "First Name", "firstName", "first_name" };
    static final String[] LAST_NAME = { "Last Name", "lastName", "last_name" };
    static final String[] FULL_NAME = { "Name", "Player", "Player Name", "playerName" };

    /**
     * HitTrax's 2018 export carries DK sensor columns ("Trigger to Impact", "Impact Momentum")
     * beside its own; those files are HitTrax's, so two of these columns rule a header out.
     */
    private static final String[] BALL_TRACKER = { "Velo", "LA", "Dist", "Res" };

    private static final int MIN_DK_COLUMNS = 2;

    private DkColumns() {
    }

    private static boolean isHeader(CsvHeader header) {
        return DkMetric.dkSpecificColumnsIn(header) >= MIN_DK_COLUMNS && !isBallTracker(header);
    }

    /** 90 with two DK-only columns, 100 with four or more; 0 when the header is not DK's. */
    static int confidence(CsvHeader header) {
        return isHeader(header) ? Math.min(100, 80 + 5 * DkMetric.dkSpecificColumnsIn(header)) : 0;
    }

    private static boolean isBallTracker(CsvHeader header) {
        return header.countOf(BALL_TRACKER) >= 2;
    }
}
