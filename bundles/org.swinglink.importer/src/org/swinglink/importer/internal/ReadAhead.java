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
 * parsing (text, numbers, dates) and Derby's writing then share the two cores of a season's import
 * instead of taking turns. Records reach the sink in the file's order, on the calling thread, which
 * alone touches the import's transaction; a failure on either side stops both and is thrown here.
 */
final class ReadAhead {
    /** Records handed over in chunks: one queue operation per chunk, not per row. */
    private static final int CHUNK = 256;
    private static final int CHUNKS_AHEAD = 8;

    private final BlockingQueue<List<Consumer<RecordSink>>> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private volatile boolean stopped;

    private ReadAhead() {
    }

    /** {@code source.read(file, options, sink)}, with the reading done ahead on another thread. */
    static void read(SwingSource source, SourceFile file, ReadOptions options, RecordSink sink)
            throws SourceFormatException, IOException {
        new ReadAhead().run(source, file, options, sink);
    }

    private void run(SwingSource source, SourceFile file, ReadOptions options, RecordSink sink)
            throws SourceFormatException, IOException {
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            Handover handover = new Handover();
            try {
                source.read(file, options, handover);
            } catch (Throwable e) { // handed to the storing thread, which reports it as reading it would
                failure[0] = e;
            } finally {
                handover.end(); // what was read before a failure still arrives first, as without reading ahead
            }
        }, "SwingLink read-ahead: " + file.name());
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<Consumer<RecordSink>> chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
                chunk.forEach(record -> record.accept(sink));
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelled();
        } finally {
            stopped = true; // a store that failed stops the reader at its next record
            chunks.clear();
            reader.interrupt();
        }
        rethrow(failure[0]);
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
