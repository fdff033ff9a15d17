package org.sitrep.extract;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text when the declared charset may be missing or wrong. Bytes that decode as strict UTF-8 are
 * UTF-8 whatever the label says (mislabelled pages are common; a non-UTF-8 text that happens to be valid UTF-8 is
 * rare). Otherwise the declared charset is used if it can decode the bytes, else a detected one, else windows-1252.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param text    the decoded text
     * @param charset the charset used
     * @param warning why the result may differ from what the source declared, or null
     */
    public record Decoded(String text, Charset charset, String warning) {
    }

    private TextDecoder() {
    }

    /** The charset named in a Content-Type header value, or null. */
    public static String charsetOfContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The charset declared by an HTML page's meta tags (within its first bytes), or null. */
    public static String charsetOfHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    public static Decoded decode(byte[] bytes, String declared) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        }
        Charset declaredCharset = charsetFor(declared);
        String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            String warning = declaredCharset != null && !isUtf8Compatible(declaredCharset) && !isAscii(bytes)
                    ? "declared " + declaredCharset.name() + " but the content is UTF-8; read as UTF-8" : null;
            return new Decoded(utf8, StandardCharsets.UTF_8, warning);
        }
        if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8)) {
            String text = strict(bytes, offset, declaredCharset);
            if (text != null) {
                return new Decoded(text, declaredCharset, null);
            }
        }
        Charset detected = detect(bytes);
        Charset chosen = detected != null && !detected.equals(StandardCharsets.UTF_8) ? detected : Charset.forName("windows-1252");
        String why = declaredCharset == null ? "no charset declared and not valid UTF-8"
                : "declared " + declaredCharset.name() + " but the bytes are not valid " + declaredCharset.name();
        return new Decoded(new String(bytes, offset, bytes.length - offset, chosen), chosen, why + "; read as " + chosen.name());
    }

    private static boolean isUtf8Compatible(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Charset charsetFor(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252"; // what browsers do (WHATWG Encoding)
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the fast decoder replaces what is malformed by U+FFFD: without one in its output, the bytes were valid
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return charsetFor(name);
    }
}
