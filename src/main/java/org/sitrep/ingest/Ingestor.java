package org.sitrep.ingest;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.Store;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Ingestion: reads inputs into raw documents ({@link RawDocumentSource}), keeps each one, derives its article and
 * stores both. Content already stored is not stored again; a raw document whose extraction failed is kept, and
 * tried again by the next ingest or by reprocessing.
 */
public final class Ingestor {

    /**
     * @param maxDocumentBytes the largest page read (HTML or text; a record or a container may be larger)
     * @param fieldMap         corpus columns named by the user: field -> column
     * @param stdin            what "-" reads
     */
    public record Options(long maxDocumentBytes, HttpFetcher.Limits fetchLimits, Map<String, String> fieldMap,
                          InputStreamSupplier stdin) {
        public static Options defaults() {
            return new Options(10L << 20, HttpFetcher.Limits.defaults(), Map.of(), () -> System.in);
        }
    }

    @FunctionalInterface
    public interface InputStreamSupplier {
        InputStream get();
    }

    private final Store store;
    private final ArticleExtractor extractor;
    private final RawDocumentSource source;
    private final IngestListener listener;

    public Ingestor(Store store, ArticleExtractor extractor, Fetcher fetcher, Options options, IngestListener listener) {
        this.store = store;
        this.extractor = extractor;
        this.source = new RawDocumentSource(fetcher, options);
        this.listener = listener;
    }

    /** Ingests every input in turn; never throws for bad input, only for a store that cannot be written. */
    public IngestReport ingest(List<String> inputs) {
        try {
            return source.read(inputs, listener, this::store);
        } finally {
            store.commit();
        }
    }

    private RawDocumentSource.Outcome store(RawDocument raw) throws InputException {
        if (store.documents().presence(raw.id()) == DocumentStore.Presence.WITH_ARTICLE) {
            listener.onDuplicate(raw);
            return RawDocumentSource.Outcome.DUPLICATE;
        }
        Article article = null;
        String reason = null;
        try {
            ArticleExtractor.Extraction extraction = extractor.extract(raw);
            article = extraction.article();
            extraction.warnings().forEach(w -> listener.onWarning(raw.source(), w));
        } catch (ExtractionException e) {
            reason = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            reason = "extraction failed: " + e;
        }
        store.save(raw, article); // the raw document is kept even when no article came of it
        if (article == null) {
            throw new InputException(reason);
        }
        listener.onStored(raw, article);
        return RawDocumentSource.Outcome.NEW;
    }
}
