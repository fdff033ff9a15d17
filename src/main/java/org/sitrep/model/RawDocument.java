package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * One input exactly as it was received, before anything is derived from it.
 *
 * @param id        SHA-256 of the content (hex): equal bytes are one document, whatever their source
 * @param source    where it came from: a path, a URL, or a container and a position in it ({@code corpus.csv#line=12})
 * @param format    how to read the content
 * @param fetchedAt when Sitrep received it
 * @param hints     metadata the container gave alongside the content (URL, declared content type, feed title, ...)
 * @param content   the bytes
 */
public record RawDocument(String id, String source, DocumentFormat format, Instant fetchedAt,
                          Map<String, String> hints, byte[] content) {

    /** Hint keys that containers set. */
    public static final String HINT_URL = "url";
    public static final String HINT_CONTENT_TYPE = "contentType";
    public static final String HINT_TITLE = "title";
    public static final String HINT_PUBLISHED = "published";

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        hints = Map.copyOf(hints);
        Objects.requireNonNull(content, "content");
    }

    public static RawDocument of(String source, DocumentFormat format, Instant fetchedAt,
                                 Map<String, String> hints, byte[] content) {
        return new RawDocument(sha256(content), source, format, fetchedAt, hints, content);
    }

    public String hint(String key) {
        return hints.get(key);
    }

    /** The article derived from this document carries this id: short, stable across reprocessing. */
    public String articleId() {
        return id.substring(0, 16);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "RawDocument[" + id.substring(0, 12) + " " + format + " " + source + " " + content.length + " bytes]";
    }
}
