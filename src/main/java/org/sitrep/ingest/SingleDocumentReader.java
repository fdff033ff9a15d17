package org.sitrep.ingest;

import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A page: one HTML document or one plain-text dump, read whole up to a size cap. */
final class SingleDocumentReader implements RawReader {
    private final DocumentFormat format;
    private final long maxBytes;

    SingleDocumentReader(DocumentFormat format, long maxBytes) {
        this.format = format;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        byte[] bytes = Sizes.readCapped(in, maxBytes, "page");
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()
                && isBlank(bytes)) {
            throw new InputException("empty input");
        }
        Map<String, String> hints = new HashMap<>(payload.hints());
        if (payload.contentType() != null) {
            hints.put(RawDocument.HINT_CONTENT_TYPE, payload.contentType());
        }
        sink.accept(RawDocument.of(payload.name(), format, Instant.now(), hints, bytes));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
