package org.swinglink.source.blast.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.swinglink.source.csv.CsvHeader;

/**
 * The three Blast export variants, told apart by the columns only that variant writes. A header
 * is Blast's when at least two of a variant's own columns and four Blast columns in all are
 * present: Diamond Kinetics shares "Attack Angle (deg)" and "Vertical Bat Angle (deg)", never a
 * variant's own columns. Required columns are not part of recognition, so a Blast file that lacks
 * one is still recognised and then told exactly which column is missing.
 */
enum BlastLayout {
    /** The app's per-player "Metrics" export (real files seen). */
    METRICS("Equipment", "Handedness", "Swing Details", "Plane Score", "Connection Score", "Rotation Score"),
    /** Blast Connect's multi-player "All swings" export. */
    TEAM("captureid", "Swing Timestamp", "sensorserialnumber", "first_name", "last_name", "user_id",
            "Environment Tag", "Bat Nickname", "Upload Timestamp", "actiontype", "Commit Time (s)",
            "Hinge Angle at Impact (°'s)", "Body Tilt Angle (°'s)"),
    /** The 2017-2018 export with Blast Factor and no time. */
    LEGACY("Blast Factor", "Swing #", "Peak Bat Speed (mph)", "Body Rotation (%)", "On Plane (%)");

    private static final int MIN_OWN_COLUMNS = 2;
    private static final int MIN_BLAST_COLUMNS = 4;

    private final String[] ownColumns;

    BlastLayout(String... ownColumns) {
        this.ownColumns = ownColumns;
    }

    /** The variant whose own columns the header has most of, if the header is Blast's at all. */
    static Optional<BlastLayout> of(CsvHeader header) {
        return Arrays.stream(values())
                .filter(layout -> layout.ownColumnsIn(header) >= MIN_OWN_COLUMNS)
                .filter(layout -> layout.blastColumnsIn(header) >= MIN_BLAST_COLUMNS)
                .max(Comparator.comparingInt(layout -> layout.ownColumnsIn(header)));
    }

    /** 90 for a bare match, up to 100 with every telling column present. */
    static int confidence(CsvHeader header) {
        return of(header).map(layout -> 90 + Math.min(10, layout.blastColumnsIn(header) - MIN_BLAST_COLUMNS)).orElse(0);
    }

    private int blastColumnsIn(CsvHeader header) {
        return ownColumnsIn(header) + header.countOf(BlastColumns.SHARED_METRICS);
    }

    private int ownColumnsIn(CsvHeader header) {
        return header.countOf(ownColumns);
    }
}
