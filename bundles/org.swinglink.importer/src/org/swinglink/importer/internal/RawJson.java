package org.swinglink.importer.internal;

import java.util.Map;

import com.google.gson.Gson;

/** The original columns of a row as a JSON object, kept with every stored record. */
final class RawJson {
    private static final Gson GSON = new Gson();

    private RawJson() {
    }

    static String of(Map<String, String> columns) {
        return GSON.toJson(columns);
    }
}
