package org.sitrep.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reposts and near-duplicates in a stream of articles. An article is a copy of an earlier one, its canonical copy,
 * when both name the same original URL, or when their word shingles overlap (estimated by {@link MinHash}, candidates
 * found through LSH bands) by at least a threshold. Signatures of articles published before a given day are dropped,
 * so that what an article is compared with stays bounded.
 */
final class NearDuplicates {
    private final double threshold;
    private final Map<Long, List<String>> buckets = new HashMap<>();
    /** In the order the articles came, which is the order of each bucket. */
    private final Map<String, long[]> signatures = new LinkedHashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, String> byOriginal = new HashMap<>();

    /**
     * @param threshold the estimated shingle Jaccard from which an article is a near-duplicate
     */
    NearDuplicates(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Records an article and returns the id of the earlier article it is a copy of, or null. A repost of an original
     * seen before is not recorded beyond that (its original stands for it).
     */
    String canonicalCopy(StoryArticle a) {
        if (a.originalUrl() != null) {
            String first = byOriginal.putIfAbsent(a.originalUrl(), a.id());
            if (first != null) {
                return first;
            }
        }
        long[] sig = MinHash.signature((a.title() == null ? "" : a.title()) + " " + a.text());
        String found = null;
        Set<String> seen = new HashSet<>();
        for (long band : MinHash.bands(sig)) {
            List<String> bucket = buckets.computeIfAbsent(band, k -> new ArrayList<>());
            for (String other : bucket) {
                if (found == null && seen.add(other) && MinHash.similarity(sig, signatures.get(other)) >= threshold) {
                    found = other;
                }
            }
            bucket.add(a.id());
        }
        signatures.put(a.id(), sig);
        if (a.day() != null) {
            days.put(a.id(), a.day());
        }
        return found;
    }

    /** Forgets the signatures of articles published before {@code oldest}. */
    void forgetBefore(LocalDate oldest) {
        Set<String> dropped = new HashSet<>();
        days.entrySet().removeIf(e -> e.getValue().isBefore(oldest) && dropped.add(e.getKey()));
        if (!dropped.isEmpty()) {
            dropped.forEach(signatures::remove);
            buckets.values().forEach(bucket -> bucket.removeAll(dropped));
            buckets.values().removeIf(List::isEmpty);
        }
    }

    /** Writes the signatures (in the order they came) and the original URLs; the buckets are not written. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(signatures.size());
        ByteBuffer bytes = ByteBuffer.allocate(MinHash.SIZE * Long.BYTES);
        for (Map.Entry<String, long[]> e : signatures.entrySet()) {
            StateCodec.writeString(out, e.getKey());
            bytes.clear();
            bytes.asLongBuffer().put(e.getValue());
            out.write(bytes.array());
            StateCodec.writeDay(out, days.get(e.getKey()));
        }
        StateCodec.writeStrings(out, byOriginal);
    }

    /** Reads what {@link #write} wrote, rebuilding the buckets in the order the signatures came. */
    void read(DataInputStream in) throws IOException {
        byte[] bytes = new byte[MinHash.SIZE * Long.BYTES];
        for (int i = StateCodec.readSize(in); i > 0; i--) {
            String id = StateCodec.readString(in);
            in.readFully(bytes);
            long[] sig = new long[MinHash.SIZE];
            ByteBuffer.wrap(bytes).asLongBuffer().get(sig);
            LocalDate day = StateCodec.readDay(in);
            signatures.put(id, sig);
            if (day != null) {
                days.put(id, day);
            }
            for (long band : MinHash.bands(sig)) {
                buckets.computeIfAbsent(band, k -> new ArrayList<>()).add(id);
            }
        }
        StateCodec.readStrings(in, byOriginal);
    }
}
