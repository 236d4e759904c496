package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.UnassignedSwing;

/**
 * The files of a big import for people: per source how many files, records and rows left out, then
 * only the files with a problem (rows left out, no rows, swings nobody could be told for). A season
 * is thousands of files; a line for each would bury what needs doing.
 */
final class FilesBySource {
    private final ImportReport report;

    FilesBySource(ImportReport report) {
        this.report = report;
    }

    void print(PrintWriter out) {
        record Sum(int files, long records, long rowsLeftOut, int importedBefore) {
            Sum plus(FileReport file) {
                return new Sum(files + 1, records + file.records(), rowsLeftOut + file.skippedRows(),
                        importedBefore + (file.skippedAsDuplicate() ? 1 : 0));
            }
        }
        Map<String, Sum> bySource = new LinkedHashMap<>();
        for (FileReport file : report.files()) {
            bySource.merge(file.sourceName(), new Sum(0, 0, 0, 0).plus(file), (a, b) -> a.plus(file));
        }
        TextTable sources = new TextTable("SOURCE", "FILES", "RECORDS", "ROWS LEFT OUT", "IMPORTED BEFORE (SKIPPED)");
        bySource.forEach((source, sum) -> sources.row(source, sum.files(), sum.records(), sum.rowsLeftOut(), sum.importedBefore()));
        sources.print(out, "  ");

        Map<String, Long> unassignedByFile = report.unassigned().stream()
                .collect(Collectors.groupingBy(UnassignedSwing::fileName, Collectors.counting()));
        List<FileReport> withProblems = report.files().stream()
                .filter(file -> !note(file, unassignedByFile).isEmpty()).toList();
        out.println();
        if (withProblems.isEmpty()) {
            out.println("No file had a problem (" + report.files().size() + " files; --verbose lists each).");
            return;
        }
        out.println("Files with problems (" + withProblems.size() + " of " + report.files().size() + "; --verbose lists each file):");
        TextTable files = new TextTable("FILE", "SOURCE", "RECORDS", "ROWS LEFT OUT", "PROBLEM");
        for (FileReport file : withProblems) {
            files.row(file.fileName(), file.sourceName(), file.records(), file.skippedRows(), note(file, unassignedByFile));
        }
        files.print(out, "  ");
    }

    private static String note(FileReport file, Map<String, Long> unassignedByFile) {
        if (file.skippedAsDuplicate()) {
            return "";
        }
        if (file.records() == 0) {
            return "no rows could be read";
        }
        long unassigned = unassignedByFile.getOrDefault(file.fileName(), 0L);
        String rowsLeftOut = file.skippedRows() == 0 ? "" : "rows left out (see warnings)";
        String nobody = unassigned == 0 ? "" : unassigned + (unassigned == 1 ? " swing" : " swings") + " without a player";
        return rowsLeftOut.isEmpty() || nobody.isEmpty() ? rowsLeftOut + nobody : rowsLeftOut + "; " + nobody;
    }

    /**
     * The warnings less the one a file skipped as imported before gives: the source table counts
     * those, and a season imported twice would otherwise say so in thousands of lines.
     */
    static List<String> warningsWithoutSkippedFiles(ImportReport report) {
        Map<String, Boolean> skipped = report.files().stream().filter(FileReport::skippedAsDuplicate)
                .collect(Collectors.toMap(FileReport::fileName, file -> true, (a, b) -> a));
        Function<String, Boolean> aboutSkippedFile = warning -> {
            int colon = warning.indexOf(": already imported (");
            return colon > 0 && skipped.containsKey(warning.substring(0, colon));
        };
        return report.warnings().stream().filter(warning -> !aboutSkippedFile.apply(warning)).toList();
    }
}
