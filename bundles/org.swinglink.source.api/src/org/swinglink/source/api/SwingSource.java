package org.swinglink.source.api;

import java.io.IOException;
import java.util.Optional;

/**
 * A file format SwingLink can import, registered as an OSGi service by a parser bundle.
 * <p>
 * Implementations must be thread-safe and stateless between calls: SwingLink may read several
 * files with the same source at once.
 */
public interface SwingSource {

    /**
     * A stable, lower-case identifier such as {@code "hittrax"} or {@code "blast"}; stored with every
     * record as its source type, so it must never change once files were imported with it.
     *
     * @return the identifier
     */
    String id();

    /**
     * The source's name in lists and reports.
     *
     * @return a name for people, such as "HitTrax" or "Blast Motion"
     */
    String displayName();

    /**
     * What the source reads.
     *
     * @return whether this source yields batted-ball events or sensor swings
     */
    RecordKind recordKind();

    /**
     * How sure this source is that the sampled file is in its format, from 0 (not mine) to 100
     * (certain). Look at the header, not at the file name alone: a renamed file must still be
     * recognised and a look-alike rejected. Must not throw; return 0 when in doubt.
     *
     * @param sample the first lines of the file and its name
     * @return 0 to 100
     */
    int confidence(FileSample sample);

    /**
     * Reads the whole file and hands every record to the sink, in file order, without keeping the
     * file in memory. A row that cannot be read goes to {@link RecordSink#rowProblem(RowProblem)} and
     * reading goes on; a file that cannot be read at all (no header, a required column missing)
     * throws.
     *
     * @param file    the file, opened with {@link SourceFile#openReader()}
     * @param options how to read it, such as the zone of local timestamps
     * @param sink    receives every record and row problem
     * @throws SourceFormatException when the file as a whole is not readable in this format
     * @throws IOException when reading the file fails
     */
    void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException;

    /**
     * The player a file belongs to when the format puts the name in the file name (Blast names its
     * exports {@code Metrics - First Last.csv}); empty when the name does not say.
     *
     * @param fileName the file's name, without folders
     * @return the player's name as the file gives it
     */
    default Optional<String> playerNameFromFileName(String fileName) {
        return Optional.empty();
    }
}
