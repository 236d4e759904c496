package org.swinglink.source.api;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a file at a line no export has, before a parser buffers it: a binary file or a
 * multi-gigabyte file without line breaks would otherwise exhaust memory in the parser's line or
 * field buffer. Counts line breaks so the message names the line.
 */
final class LineLengthLimit extends FilterReader {
    /** Far beyond any export row (the widest real rows are a few kilobytes). */
    static final int MAX_LINE_CHARS = 1 << 20;

    private long line = 1;
    private int lineLength;
    private boolean afterCarriageReturn;

    LineLengthLimit(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(char c) throws IOException {
        if (c == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            lineLength = 0;
        } else if (c == '\r') {
            line++;
            lineLength = 0;
        } else if (++lineLength > MAX_LINE_CHARS) {
            throw new IOException("line " + line + " is longer than " + MAX_LINE_CHARS + " characters, which no export has;"
                    + " is this really a CSV export?");
        }
        afterCarriageReturn = c == '\r';
    }

    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }
}
