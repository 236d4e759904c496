package org.swinglink.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/** The {@code --json} output: stable field names (the records' components), instants as ISO-8601 UTC. */
final class Json {
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .create();

    private Json() {
    }

    static String of(Object value) {
        return GSON.toJson(value);
    }

    /** A JSON array written element by element while a streaming read goes on, as {@link #of} prints a whole list. */
    static final class ArrayWriter {
        private final PrintWriter out;
        private final JsonWriter writer;

        ArrayWriter(PrintWriter out) {
            this.out = out;
            this.writer = new JsonWriter(out);
            writer.setIndent("  ");
            try {
                writer.beginArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(Object element) {
            GSON.toJson(element, element.getClass(), writer);
        }

        void finish() {
            try {
                writer.endArray();
                writer.flush(); // not close: that would close the standard output
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            return Instant.parse(in.nextString());
        }
    }
}
