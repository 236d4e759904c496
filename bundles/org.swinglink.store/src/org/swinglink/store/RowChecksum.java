package org.swinglink.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A table's rows summed into one figure that both engines give for the same rows, whatever order
 * they come in and however each engine collates text: each row's values written as canonical text
 * (a flag as 1 or 0, whichever engine kept it, since Derby keeps flags as SMALLINT; numbers as Java
 * writes them; bytes as their SHA-256; null apart from the empty text), that text's SHA-256 taken,
 * and the first eight bytes of every row's hash added up. Adding makes the order of the rows
 * irrelevant; a lost, doubled or changed row changes the sum.
 */
final class RowChecksum {
    private final MessageDigest rowHash = sha256();
    private final MessageDigest bytesHash = sha256();
    private final StringBuilder text = new StringBuilder(512);
    private long rows;
    private long sum;

    /** Adds a row, its values in the columns' name order. */
    void add(Object[] values) {
        text.setLength(0);
        for (Object value : values) {
            canonical(value);
            text.append('|');
        }
        byte[] hash = rowHash.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        sum += ByteBuffer.wrap(hash).getLong();
        rows++;
    }

    long rows() {
        return rows;
    }

    /** The sum as sixteen hex digits. */
    String hex() {
        return "%016x".formatted(sum);
    }

    private void canonical(Object value) {
        switch (value) {
            case null -> text.append('N');
            case Boolean flag -> text.append('I').append(flag ? '1' : '0');
            case Integer number -> text.append('I').append(number.longValue());
            case Long number -> text.append('I').append(number.longValue());
            // -0.0 as 0.0: Derby keeps a negative zero as zero, PostgreSQL keeps its sign
            case Double number -> text.append('D').append(number == 0.0 ? "0.0" : Double.toString(number));
            case String string -> text.append('S').append(string.length()).append(':').append(string);
            case byte[] bytes -> text.append('B').append(HexFormat.of().formatHex(bytesHash.digest(bytes)));
            default -> throw new IllegalArgumentException("no canonical text for " + value.getClass());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
