package org.sitrep.ingest;

import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads inputs (files, directories, standard input, URLs of pages, feeds and archives) into raw documents and hands
 * each to a handler. A failure is reported, one line for each input or record, and the rest goes on.
 */
public final class RawDocumentSource {

    /** What became of one raw document. */
    public enum Outcome { NEW, DUPLICATE }

    /** Takes each raw document read; throws {@link InputException} when it cannot be used (counted as failed). */
    @FunctionalInterface
    public interface Handler {
        Outcome handle(RawDocument raw) throws InputException;
    }

    private final Fetcher fetcher;
    private final Ingestor.Options options;

    public RawDocumentSource(Fetcher fetcher, Ingestor.Options options) {
        this.fetcher = fetcher;
        this.options = options;
    }

    /** Reads every input in turn; never throws for bad input, only for what the handler cannot survive. */
    public IngestReport read(List<String> inputs, IngestListener listener, Handler handler) {
        Run run = new Run(listener, handler);
        List<Object> resolved = new ArrayList<>();
        long totalBytes = 0;
        for (String input : inputs) {
            if (input.equals("-") || isUrl(input)) {
                resolved.add(input);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<Path> files = listDocuments(path, run);
                resolved.addAll(files);
                for (Path f : files) {
                    totalBytes += sizeOf(f);
                }
            } else if (Files.isRegularFile(path)) {
                resolved.add(path);
                totalBytes += sizeOf(path);
            } else {
                run.fail(input, Files.exists(path) ? "not a regular file or directory" : "no such file or directory");
            }
        }
        listener.onStart(totalBytes);
        for (Object input : resolved) {
            if (input instanceof Path path) {
                ingestFile(path, run);
            } else if (input.equals("-")) {
                ingestPayload(new Payload("-", () -> options.stdin().get(), -1, null, Map.of()), run, false);
            } else {
                ingestUrl((String) input, run);
            }
        }
        return new IngestReport(run.added.get(), run.duplicate.get(), run.failed.get(), run.errors);
    }

    private static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The files below a directory whose names say they are documents Sitrep reads, in a stable order. */
    private static List<Path> listDocuments(Path dir, Run run) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> FormatSniffer.byName(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            run.fail(dir.toString(), "cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }

    private void ingestFile(Path path, Run run) {
        Payload payload = new Payload(path.toString(), () -> Files.newInputStream(path), sizeOf(path), null, Map.of());
        ingestPayload(payload, run, true);
    }

    private void ingestUrl(String url, Run run) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            run.fail(url, "not a valid URL: " + e.getMessage());
            return;
        }
        try {
            Fetcher.Response response = fetcher.fetch(uri);
            Payload payload = new Payload(url, () -> new ByteArrayInputStream(response.body()), response.body().length,
                    response.mediaType(), Map.of(RawDocument.HINT_URL, response.finalUri().toString()));
            ingestPayload(payload, run, false);
        } catch (InputException e) {
            run.fail(url, e.getMessage());
        }
    }

    private void ingestPayload(Payload payload, Run run, boolean countBytes) {
        try (InputStream raw = payload.opener().open()) {
            InputStream counted = countBytes ? new CountingInputStream(raw, run.listener::onBytesRead) : raw;
            BufferedInputStream in = new BufferedInputStream(counted, 64 * 1024);
            InputStream content = maybeGunzip(in);
            byte[] head = new byte[FormatSniffer.HEAD_BYTES];
            content.mark(head.length);
            int n = readHead(content, head);
            content.reset();
            InputFormat format = FormatSniffer.sniff(payload.name(), payload.contentType(), head, n);
            reader(format).read(payload, content, run);
        } catch (InputException e) {
            run.fail(payload.name(), e.getMessage());
        } catch (ZipException e) {
            run.fail(payload.name(), "corrupt gzip: " + e.getMessage());
        } catch (java.io.EOFException e) {
            run.fail(payload.name(), "truncated input (unexpected end of file" + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (NoSuchFileException e) {
            run.fail(payload.name(), "no such file");
        } catch (IOException | UncheckedIOException e) {
            run.fail(payload.name(), "read error: " + e.getMessage());
        }
    }

    /** Reads up to head.length bytes; a truncated input yields what it has, its reader meets the end later. */
    private static int readHead(InputStream in, byte[] head) throws IOException {
        int n = 0;
        try {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (java.io.EOFException e) {
            if (n == 0) {
                throw e;
            }
        }
        return n;
    }

    /** Decompresses gzip transparently, whatever the file is called; the result supports mark/reset. */
    private static BufferedInputStream maybeGunzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
        }
        return in;
    }

    private RawReader reader(InputFormat format) {
        return switch (format) {
            case TEXT -> new SingleDocumentReader(DocumentFormat.TEXT, options.maxDocumentBytes());
            case HTML -> new SingleDocumentReader(DocumentFormat.HTML, options.maxDocumentBytes());
            case CSV -> new CsvReader();
            case JSONL -> new JsonLinesReader();
            case WARC -> new WarcArchiveReader(options.maxDocumentBytes());
            case FEED -> new FeedReader(fetcher, this::readFetchedPage);
        };
    }

    /** A page behind a feed item: HTML, or text when that is what the server says it is. */
    private void readFetchedPage(Payload page, InputStream in, RawSink sink) throws IOException, InputException {
        String ct = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        DocumentFormat format = ct.startsWith("text/plain") ? DocumentFormat.TEXT : DocumentFormat.HTML;
        new SingleDocumentReader(format, options.maxDocumentBytes()).read(page, in, sink);
    }

    /** One read's counts, and the sink every reader writes to. */
    private final class Run implements RawSink {
        final IngestListener listener;
        final Handler handler;
        final AtomicLong added = new AtomicLong();
        final AtomicLong duplicate = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final List<IngestReport.Failure> errors = Collections.synchronizedList(new ArrayList<>());

        Run(IngestListener listener, Handler handler) {
            this.listener = listener;
            this.handler = handler;
        }

        @Override
        public void accept(RawDocument raw) {
            RawDocument withMap = options.fieldMap().isEmpty() || raw.format() != DocumentFormat.RECORD ? raw
                    : withFieldMap(raw);
            try {
                if (handler.handle(withMap) == Outcome.NEW) {
                    added.incrementAndGet();
                } else {
                    duplicate.incrementAndGet();
                }
            } catch (InputException e) {
                fail(withMap.source(), e.getMessage());
            }
        }

        private RawDocument withFieldMap(RawDocument raw) {
            Map<String, String> hints = new java.util.HashMap<>(raw.hints());
            options.fieldMap().forEach((field, column) -> hints.put("field." + field, column));
            return new RawDocument(raw.id(), raw.source(), raw.format(), raw.fetchedAt(), hints, raw.content());
        }

        @Override
        public void fail(String where, String reason) {
            failed.incrementAndGet();
            errors.add(new IngestReport.Failure(where, reason));
            listener.onFailure(where, reason);
        }

        @Override
        public void warn(String where, String reason) {
            listener.onWarning(where, reason);
        }
    }
}
