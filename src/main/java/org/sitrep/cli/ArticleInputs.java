package org.sitrep.cli;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.RawDocumentSource;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles behind a command's inputs (files, URLs, "-", or ids of stored articles), extracted without writing to
 * the store; one line on standard error for each input that fails.
 */
final class ArticleInputs {

    @FunctionalInterface
    interface ArticleHandler {
        void accept(Article article) throws Exception;
    }

    private ArticleInputs() {
    }

    /** Hands each article on; returns how many inputs failed. */
    static int forEach(List<String> inputs, StoreOption store, ArticleExtractor extractor, ArticleHandler handler) {
        int failed = 0;
        List<String> readable = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-") || input.startsWith("http://") || input.startsWith("https://") || Files.exists(Path.of(input))) {
                readable.add(input);
                continue;
            }
            if (!Files.isDirectory(store.dir())) {
                System.err.println("sitrep: " + input + ": no such file, and no store to look the id up in");
                failed++;
                continue;
            }
            try (Store s = store.open()) {
                RawDocument raw = s.documents().article(input).flatMap(a -> s.documents().raw(a.rawId())).orElse(null);
                if (raw == null) {
                    System.err.println("sitrep: " + input + ": no such file or stored article");
                    failed++;
                    continue;
                }
                handler.accept(extractor.extract(raw).article());
            } catch (Exception e) {
                System.err.println("sitrep: " + input + ": " + e.getMessage());
                failed++;
            }
        }
        if (!readable.isEmpty()) {
            RawDocumentSource source = new RawDocumentSource(new HttpFetcher(HttpFetcher.Limits.defaults()), Ingestor.Options.defaults());
            IngestReport report = source.read(readable, new IngestListener() {
                @Override
                public void onFailure(String where, String reason) {
                    System.err.println("sitrep: " + where + ": " + reason);
                }
            }, raw -> {
                try {
                    ArticleExtractor.Extraction e = extractor.extract(raw);
                    e.warnings().forEach(w -> System.err.println("sitrep: warning: " + raw.source() + ": " + w));
                    handler.accept(e.article());
                    return RawDocumentSource.Outcome.NEW;
                } catch (ExtractionException e) {
                    throw new InputException(e.getMessage());
                } catch (Exception e) {
                    throw new InputException(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            });
            failed += (int) report.failed();
        }
        return failed;
    }
}
