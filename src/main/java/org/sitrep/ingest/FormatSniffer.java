package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decides what an input holds from its name, its declared content type and its first bytes (decompressed). */
public final class FormatSniffer {
    /** How many leading bytes {@link #sniff} wants to see. */
    public static final int HEAD_BYTES = 16 * 1024;

    private FormatSniffer() {
    }

    /** The format named by a file's extension (a trailing .gz ignored), or null when the extension says nothing. */
    public static InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int q = n.indexOf('?');
        if (n.startsWith("http") && q > 0) {
            n = n.substring(0, q);
        }
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot < 0 || dot < n.lastIndexOf('/')) {
            return null;
        }
        return switch (n.substring(dot + 1)) {
            case "txt", "text" -> InputFormat.TEXT;
            case "html", "htm", "xhtml", "shtml" -> InputFormat.HTML;
            case "csv", "tsv" -> InputFormat.CSV;
            case "jsonl", "ndjson", "json" -> InputFormat.JSONL;
            case "warc" -> InputFormat.WARC;
            case "rss", "atom", "xml", "rdf" -> InputFormat.FEED;
            default -> null;
        };
    }

    /**
     * The format of an input.
     *
     * @param head the first bytes of its (decompressed) content
     * @throws InputException when it is empty, binary or of a format Sitrep does not read
     */
    public static InputFormat sniff(String name, String contentType, byte[] head, int headLength) throws InputException {
        if (headLength == 0) {
            throw new InputException("empty input");
        }
        if (startsWith(head, headLength, "WARC/")) {
            return InputFormat.WARC; // its records may hold binary payloads
        }
        String magic = describeBinary(head, headLength);
        if (magic != null) {
            throw new InputException("unsupported format: " + magic);
        }
        String start = new String(head, 0, Math.min(headLength, 4096), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) { // UTF-8 byte order mark, read as Latin-1
            start = start.substring(3).stripLeading();
        }
        InputFormat named = byName(name);
        if (start.startsWith("warc/")) {
            return InputFormat.WARC;
        }
        boolean xml = start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")
                || start.startsWith("<rdf:rdf");
        boolean feed = xml && (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf"));
        boolean html = start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<head")
                || start.contains("<body") || (xml && start.contains("<html"));
        if (named == InputFormat.FEED || isFeedType(contentType)) {
            if (feed) {
                return InputFormat.FEED;
            }
            if (!html) {
                throw new InputException("not an RSS/Atom feed: the content is not RSS or Atom XML");
            }
        }
        if (feed) {
            return InputFormat.FEED;
        }
        if (named != null && named != InputFormat.FEED) {
            if (named == InputFormat.WARC) {
                throw new InputException("not a WARC file: it does not start with a WARC/1.x record header");
            }
            return named;
        }
        if (html || (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))) {
            return InputFormat.HTML;
        }
        if (start.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("csv")) {
                return InputFormat.CSV;
            }
            if (ct.contains("warc")) {
                throw new InputException("not a WARC file: it does not start with a WARC/1.x record header");
            }
        }
        if (xml) {
            throw new InputException("unsupported format: XML that is neither a feed nor an HTML page");
        }
        return InputFormat.TEXT;
    }

    private static boolean isFeedType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("rss") || ct.contains("atom") || ct.startsWith("application/xml") || ct.startsWith("text/xml");
    }

    /** A description of a binary head (PDF, image, archive, ...), or null when it looks like text. */
    static String describeBinary(byte[] head, int length) {
        if (startsWith(head, length, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(head, length, "PK\u0003\u0004")) {
            return "ZIP archive (or an Office document)";
        }
        if (startsWith(head, length, "\u0089PNG") || startsWith(head, length, "GIF8")
                || startsWith(head, length, "\u00ff\u00d8\u00ff")) {
            return "image";
        }
        int control = 0;
        int n = Math.min(length, 8192);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return "binary data (NUL bytes)";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control > n / 20 ? "binary data (control characters)" : null;
    }

    private static boolean startsWith(byte[] head, int length, String latin1) {
        if (length < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((head[i] & 0xff) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
