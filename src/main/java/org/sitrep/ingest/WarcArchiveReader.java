package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A WARC archive (as in Common Crawl's CC-NEWS): each response record holding an HTML page with status 200 becomes
 * one HTML document; other records (requests, metadata, images, redirects) are passed over.
 */
final class WarcArchiveReader implements RawReader {
    private final long maxBytes;

    WarcArchiveReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException {
        long records = 0;
        try (WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            reader.onWarning(message -> sink.warn(payload.name(), "WARC: " + message));
            Iterator<WarcRecord> it = reader.iterator();
            while (true) {
                WarcRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                    throw new InputException("truncated or corrupt WARC after " + records + " records: " + message(e), e);
                }
                records++;
                String where = payload.name() + "#record=" + records;
                try {
                    readRecord(payload, record, where, sink);
                } catch (IOException e) {
                    throw new InputException("truncated or corrupt WARC in record " + records + ": " + message(e), e);
                } catch (InputException e) {
                    sink.fail(where, e.getMessage());
                }
            }
        }
        if (records == 0) {
            throw new InputException("no WARC records");
        }
    }

    private void readRecord(Payload payload, WarcRecord record, String where, RawSink sink) throws IOException, InputException {
        Map<String, String> hints = new HashMap<>(payload.hints());
        byte[] body;
        String contentType;
        String target;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return;
            }
            contentType = http.contentType().toString();
            if (!isHtml(contentType)) {
                return;
            }
            body = Sizes.readCapped(http.body().stream(), maxBytes, "page");
            target = response.target();
            hints.put("crawled", response.date().toString());
        } else if (record instanceof WarcResource resource) {
            contentType = resource.contentType().toString();
            if (!isHtml(contentType)) {
                return;
            }
            body = Sizes.readCapped(resource.body().stream(), maxBytes, "page");
            target = resource.target();
            hints.put("crawled", resource.date().toString());
        } else {
            return;
        }
        if (body.length == 0) {
            sink.fail(where, "empty page");
            return;
        }
        hints.put(RawDocument.HINT_URL, target);
        hints.put(RawDocument.HINT_CONTENT_TYPE, contentType);
        sink.accept(RawDocument.of(where + " " + target, DocumentFormat.HTML, Instant.now(), hints, body));
    }

    private static boolean isHtml(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("html");
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
