package org.swinglink.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The highest numeric row id ({@link RowIds}) among rows copied into a database, so that its id
 * sequence can be moved past it. Ids are looked for in every text column that holds ids ({@code id},
 * {@code ..._id}); the UUIDs of earlier releases do not count, they never collide with a number.
 */
final class HighestRowId {
    /** Longer numbers are no block id the sequence gave. */
    private static final int MAX_DIGITS = 18;

    private long highest;

    /** The positions of a table's id columns, to look at in each of its rows. */
    static int[] idColumns(RowTable table) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            if (column.equals("id") || column.endsWith("_id")) {
                positions.add(i);
            }
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    void see(int[] idColumns, Object[] values) {
        for (int position : idColumns) {
            if (values[position] instanceof String id && isNumber(id)) {
                highest = Math.max(highest, Long.parseLong(id));
            }
        }
    }

    long highest() {
        return highest;
    }

    private static boolean isNumber(String id) {
        if (id.isEmpty() || id.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
