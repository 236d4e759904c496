package org.swinglink.importer.internal;

import java.util.List;

import org.swinglink.importer.FileReport;
import org.swinglink.importer.UnassignedSwing;

/**
 * What one file of an import stored and has to say.
 *
 * @param report the file's line of the import report
 * @param unassigned its swings that name no player
 * @param warnings what the user should know about it (rows left out, swings without a player)
 * @param events its HitTrax events stored
 * @param swings its sensor swings stored
 * @param unassignedPairedInFile pairs it made itself for rows naming no player
 * @param rawColumns the names of its columns, kept with the original file
 */
record FileResult(FileReport report, List<UnassignedSwing> unassigned, List<String> warnings, int events, int swings,
        int unassignedPairedInFile, List<String> rawColumns) {

    int records() {
        return events + swings;
    }
}
