package org.sitrep.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles, for near-duplicate detection: two texts' signatures agree in about the
 * share of positions that equals the Jaccard similarity of their shingle sets. Banded for LSH candidate lookup.
 */
public final class MinHash {
    public static final int SIZE = 128;
    public static final int BANDS = 32;
    private static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x5173_7265_70L);
        for (int i = 0; i < SIZE; i++) {
            A[i] = r.nextLong() | 1;
            B[i] = r.nextLong();
        }
    }

    private MinHash() {
    }

    public static long[] signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        if (words.isEmpty()) {
            return sig;
        }
        for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            h = mix(h);
            for (int k = 0; k < SIZE; k++) {
                long v = mix(A[k] * h + B[k]);
                if (Long.compareUnsigned(v, sig[k]) < 0) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two texts' shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The LSH band keys of a signature: texts sharing any band are candidates. */
    public static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
