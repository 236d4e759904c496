package org.swinglink.importer.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;

/**
 * Reads a file with its source on a thread of its own while the calling thread stores what was read:
 * parsing (text, numbers, dates) and the database's writing then share the two cores of a season's
 * import instead of taking turns. Reading may start before the file's turn ({@link #start}), so the
 * next small file is parsed while this one is stored. Records reach the sink in the file's order, on
 * the calling thread, which alone touches the import's transaction; a failure on either side stops
 * both and is thrown here.
 */
final class ReadAhead {
    /** Records handed over in chunks: one queue operation per chunk, not per row. */
    private static final int CHUNK = 256;
    private static final int CHUNKS_AHEAD = 8;

    private final BlockingQueue<List<Consumer<RecordSink>>> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private volatile Throwable failure;
    private volatile boolean stopped;

    private ReadAhead(SwingSource source, SourceFile file, ReadOptions options) {
        reader = new Thread(() -> {
            Handover handover = new Handover();
            try {
                source.read(file, options, handover);
            } catch (Throwable e) { // handed to the storing thread, which reports it as reading it would
                failure = e;
            } finally {
                handover.end(); // what was read before a failure still arrives first, as without reading ahead
            }
        }, "SwingLink read-ahead: " + file.name());
        reader.setDaemon(true);
    }

    /** Starts {@code source.read(file, options, ...)} now; its records wait (a few thousand at most) for {@link #deliverTo}. */
    static ReadAhead start(SwingSource source, SourceFile file, ReadOptions options) {
        ReadAhead ahead = new ReadAhead(source, file, options);
        ahead.reader.start();
        return ahead;
    }

    /** Hands every record read to {@code sink} on this thread, then throws what reading failed with, if anything. */
    void deliverTo(RecordSink sink) throws SourceFormatException, IOException {
        try {
            for (List<Consumer<RecordSink>> chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
                chunk.forEach(record -> record.accept(sink));
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelled();
        } finally {
            cancel(); // a store that failed stops the reader at its next record
        }
        rethrow(failure);
    }

    /** Stops reading: the file will not be stored. */
    void cancel() {
        stopped = true;
        chunks.clear();
        reader.interrupt();
    }

    private static void rethrow(Throwable failure) throws SourceFormatException, IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof SourceFormatException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** The sink the source writes to on the reader thread: it only collects and hands over. */
    private final class Handover implements RecordSink {
        private List<Consumer<RecordSink>> chunk = new ArrayList<>(CHUNK);

        @Override
        public void battedBall(BattedBallRecord record) {
            add(sink -> sink.battedBall(record));
        }

        @Override
        public void sensorSwing(SensorSwingRecord record) {
            add(sink -> sink.sensorSwing(record));
        }

        @Override
        public void pairedInFile(BattedBallRecord event, SensorSwingRecord swing, String sensorType) {
            add(sink -> sink.pairedInFile(event, swing, sensorType));
        }

        @Override
        public void rowProblem(RowProblem problem) {
            add(sink -> sink.rowProblem(problem));
        }

        private void add(Consumer<RecordSink> record) {
            chunk.add(record);
            if (chunk.size() == CHUNK) {
                send();
            }
        }

        private void send() {
            if (chunk.isEmpty()) {
                return;
            }
            put(chunk);
            chunk = new ArrayList<>(CHUNK);
        }

        /** Sends the last records, then the empty chunk that tells the storing thread the file is done. */
        void end() {
            try {
                send();
                put(List.of());
            } catch (ImportCancelled storingStopped) {
                // nobody is waiting for the rest
            }
        }

        private void put(List<Consumer<RecordSink>> records) {
            try {
                while (!stopped) {
                    if (chunks.offer(records, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
                throw new ImportCancelled(); // the storing side gave up; stop reading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelled();
            }
        }
    }
}
