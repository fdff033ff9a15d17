package org.sitrep.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plain binary encoding of the stories' saved state: strings as UTF-8 with their length, maps and collections with
 * their size first, days as epoch days. Sizes read back are checked, so that a damaged file fails as an
 * {@link IOException} (the caller starts afresh) rather than asking for memory it describes wrongly.
 */
final class StateCodec {
    /** A size no part of a state reaches: a larger one is a damaged file. */
    private static final int LARGEST = 1 << 28;
    private static final long NO_DAY = Long.MIN_VALUE;

    private StateCodec() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        byte[] bytes = in.readNBytes(size(n));
        if (bytes.length != n) {
            throw new java.io.EOFException("a string cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int readSize(DataInputStream in) throws IOException {
        return size(in.readInt());
    }

    private static int size(int n) throws IOException {
        if (n < 0 || n > LARGEST) {
            throw new IOException("not a saved state of the stories (a size of " + n + ")");
        }
        return n;
    }

    static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeLong(day == null ? NO_DAY : day.toEpochDay());
    }

    static LocalDate readDay(DataInputStream in) throws IOException {
        long d = in.readLong();
        if (d == NO_DAY) {
            return null;
        }
        if (Math.abs(d) > 3_000_000L) { // beyond the years -6000 to 10000
            throw new IOException("not a saved state of the stories (a day of " + d + ")");
        }
        return LocalDate.ofEpochDay(d);
    }

    static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static void readCounts(DataInputStream in, Map<String, Integer> into) throws IOException {
        for (int i = readSize(in); i > 0; i--) {
            into.put(readString(in), in.readInt());
        }
    }

    static void writeWeights(DataOutputStream out, Map<String, Double> weights) throws IOException {
        out.writeInt(weights.size());
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            writeString(out, e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    static void readWeights(DataInputStream in, Map<String, Double> into) throws IOException {
        for (int i = readSize(in); i > 0; i--) {
            into.put(readString(in), in.readDouble());
        }
    }

    static void writeStrings(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    static void readStrings(DataInputStream in, Map<String, String> into) throws IOException {
        for (int i = readSize(in); i > 0; i--) {
            into.put(readString(in), readString(in));
        }
    }

    static void writeAll(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    static <C extends Collection<String>> C readAll(DataInputStream in, Supplier<C> make) throws IOException {
        C out = make.get();
        for (int i = readSize(in); i > 0; i--) {
            out.add(readString(in));
        }
        return out;
    }
}
