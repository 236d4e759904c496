package org.swinglink.fuzz.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The ways a file gets damaged between a device and SwingLink, applied to real exports. */
enum Mutation {
    FLIP_BYTES {
        @Override
        byte[] apply(byte[] data, Random random) {
            byte[] copy = data.clone();
            for (int i = 0; i < 1 + random.nextInt(8) && copy.length > 0; i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }
    },
    TRUNCATE {
        @Override
        byte[] apply(byte[] data, Random random) {
            return Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
        }
    },
    DELETE_LINE {
        @Override
        byte[] apply(byte[] data, Random random) {
            List<String> lines = lines(data);
            if (!lines.isEmpty()) {
                lines.remove(random.nextInt(lines.size()));
            }
            return join(lines);
        }
    },
    DUPLICATE_LINE {
        @Override
        byte[] apply(byte[] data, Random random) {
            List<String> lines = lines(data);
            if (!lines.isEmpty()) {
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
            }
            return join(lines);
        }
    },
    SWAP_DELIMITER {
        @Override
        byte[] apply(byte[] data, Random random) {
            String[] others = { ";", "\t", "|", ",," };
            return text(data).replace(",", others[random.nextInt(others.length)]).getBytes(StandardCharsets.UTF_8);
        }
    },
    INSERT_QUOTE {
        @Override
        byte[] apply(byte[] data, Random random) {
            return insert(data, random, "\"".getBytes(StandardCharsets.UTF_8));
        }
    },
    INSERT_SEPARATORS {
        @Override
        byte[] apply(byte[] data, Random random) {
            String[] pieces = { ",", "\n", "\r", "\r\n", ",,,", "\"\"", " ", "NaN", "-", "1e999", "\u0000" };
            return insert(data, random, pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
        }
    },
    INSERT_JUNK {
        @Override
        byte[] apply(byte[] data, Random random) {
            byte[] junk = new byte[1 + random.nextInt(64)];
            random.nextBytes(junk);
            return insert(data, random, junk);
        }
    },
    AS_UTF16 {
        @Override
        byte[] apply(byte[] data, Random random) {
            return text(data).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
        }
    },
    AS_WINDOWS_1252 {
        @Override
        byte[] apply(byte[] data, Random random) {
            return (text(data) + "José Peña").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        }
    },
    LINE_ENDS {
        @Override
        byte[] apply(byte[] data, Random random) {
            return text(data).replace("\n", random.nextBoolean() ? "\r" : "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    },
    SHUFFLE_CELLS {
        @Override
        byte[] apply(byte[] data, Random random) {
            List<String> lines = lines(data);
            if (lines.isEmpty()) {
                return data;
            }
            int at = random.nextInt(lines.size());
            List<String> cells = new ArrayList<>(List.of(lines.get(at).split(",", -1)));
            java.util.Collections.shuffle(cells, random);
            lines.set(at, String.join(",", cells));
            return join(lines);
        }
    };

    abstract byte[] apply(byte[] data, Random random);

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] data) {
        return new ArrayList<>(List.of(text(data).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] data, Random random, byte[] piece) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + piece.length);
        out.write(data, 0, at);
        out.write(piece, 0, piece.length);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }
}
