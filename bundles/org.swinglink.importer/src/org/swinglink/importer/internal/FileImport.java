package org.swinglink.importer.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.swinglink.importer.DetectedFile;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.model.ImportType;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;

/**
 * Reads the files of one import into its transaction: decides whose records they are, and what
 * happens to rows that cannot be read (the import fails, or they are reported and left out).
 */
final class FileImport {
    /** How many row problems a message lists before summarising the rest. */
    static final int PROBLEMS_SHOWN = 10;
    private final ImportTarget target;
    private final ImportRequest request;
    private final PlayerDirectory players;
    private final String fixedPlayer;
    private final PlayerTally tally;
    private final SourceRegistry sources;

    FileImport(ImportTarget target, ImportRequest request, PlayerDirectory players, PlayerTally tally, SourceRegistry sources) {
        this.target = target;
        this.sources = sources;
        this.request = request;
        this.players = players;
        this.fixedPlayer = request.type() == ImportType.PER_PLAYER ? players.resolve(request.playerName()) : null;
        this.tally = tally;
    }

    /** Stores the file's records and says what it stored; {@code reading}: its reading started ahead, or null to read it here. */
    FileResult store(DetectedFile detected, ImportMonitor monitor, ReadAhead reading) {
        SourceFile file = detected.file();
        SwingSource source = detected.source();
        List<String> warnings = new ArrayList<>();
        String filePlayer = fixedPlayer != null ? fixedPlayer
                : fileNamePlayer(source, file.name(), warnings).map(players::resolve).orElse(null);
        String assignedBy = request.type() == ImportType.PER_PLAYER ? request.analyst() : ImportRun.AUTOMATIC;
        RecordWriter writer = new RecordWriter(target.em(), target.inserts(), file.name(), source.id(), target.importId(),
                name -> fixedPlayer != null || name == null || name.isBlank() ? filePlayer : players.resolve(name),
                assignedBy, tally, monitor);
        try {
            if (reading != null) {
                reading.deliverTo(writer);
            } else {
                source.read(file, request.optionsFor(source.id()), writer);
            }
        } catch (SourceFormatException e) {
            throw FailedImport.of(e);
        } catch (IOException e) {
            throw new FailedImport(new ImportException(file.name() + ": cannot read the file (" + e.getMessage() + ")", e));
        } catch (FailedImport | ImportCancelled | jakarta.persistence.PersistenceException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw FailedImport.bySource(source, file.name(), e);
        }
        if (!writer.problems().isEmpty()) {
            String message = describe(file.name(), writer.problems());
            if (!request.skipBadRows()) {
                throw new FailedImport(new ImportException(message));
            }
            warnings.add(message + "\n  (these rows were left out; the rest was imported)");
        }
        if (writer.records() == 0) {
            String message = file.name() + ": the " + source.displayName() + " header is there but no rows follow it"
                    + (writer.problems().isEmpty() ? "; was the export cut short?" : " that could be read");
            if (!request.skipBadRows()) {
                throw new FailedImport(new ImportException(message));
            }
            warnings.add(message);
        }
        if (!writer.unassigned().isEmpty()) {
            warnings.add(file.name() + ": no player named in the file, its rows or its name; "
                    + ImportRun.plural(writer.unassigned().size(), "swing", "swings") + " left unassigned");
        }
        writer.finish();
        FileReport report = new FileReport(file.name(), source.id(), source.displayName(), detected.confidence(),
                writer.records(), writer.problems().size(), null, writer.pairedInFile());
        return new FileResult(report, writer.unassigned(), warnings, writer.events(), writer.swings(),
                writer.unassignedPairedInFile(), writer.rawColumns());
    }

    /** The player the file's name names; a parser that fails at it is reported, and the rows' own names are used. */
    private Optional<String> fileNamePlayer(SwingSource source, String displayName, List<String> warnings) {
        String name = displayName.substring(Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('!')) + 1);
        try {
            return source.playerNameFromFileName(name).filter(n -> !n.isBlank());
        } catch (RuntimeException | LinkageError e) {
            sources.recordFailure(source, "threw " + e + " while reading the player's name from " + displayName);
            warnings.add("parser " + source.displayName() + " failed on file " + displayName + " while reading the player's"
                    + " name from the file name: " + e + "; the players its rows name were used");
            return Optional.empty();
        }
    }

    static String describe(String fileName, List<RowProblem> problems) {
        StringBuilder message = new StringBuilder(fileName).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " row cannot be read" : " rows cannot be read");
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> message.append("\n  ").append(fileName).append(", ").append(p.describe()));
        if (problems.size() > PROBLEMS_SHOWN) {
            message.append("\n  ... and ").append(problems.size() - PROBLEMS_SHOWN).append(" more");
        }
        return message.toString();
    }

}
