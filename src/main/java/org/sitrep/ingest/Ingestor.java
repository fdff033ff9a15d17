package org.sitrep.ingest;

import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.Store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Ingestion: reads inputs into raw documents ({@link RawDocumentSource}), keeps each one, derives its article and
 * stores both, then (when an analyser is given) analyses the article on worker threads and stores its facts from one
 * writer thread, so that analysis goes on while facts are written. Facts are written in the order the articles came,
 * whichever analysis ends first, so that the store's canonical entities (named after the first article that names
 * them) are the same on every run.
 * Content already stored is not stored again; a raw document whose extraction failed is kept and tried again by the
 * next ingest; an article stored without its analysis (a killed run) is analysed by the next ingest.
 */
public final class Ingestor {

    /**
     * @param maxDocumentBytes the largest page read (HTML or text; a record or a container may be larger)
     * @param fieldMap         corpus columns named by the user: field -> column
     * @param stdin            what "-" reads
     */
    public record Options(long maxDocumentBytes, Map<String, String> fieldMap, InputStreamSupplier stdin) {
        public static Options defaults() {
            return new Options(10L << 20, Map.of(), () -> System.in);
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
    private final Function<Article, AnalyzedArticle> analyzer;
    private final int threads;
    private ExecutorService workers;
    private ExecutorService writer;
    private Semaphore inFlight;
    /** The last write so far: each article's facts are written after the facts of the article before it. */
    private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
    private final AtomicLong analysisFailures = new AtomicLong();
    private final List<IngestReport.Failure> analysisErrors = Collections.synchronizedList(new ArrayList<>());

    /** Ingestion without analysis. */
    public Ingestor(Store store, ArticleExtractor extractor, Fetcher fetcher, Options options, IngestListener listener) {
        this(store, extractor, fetcher, options, listener, null, 1);
    }

    /**
     * @param analyzer what turns an article into facts (null: no analysis); shared by the worker threads
     * @param threads  how many articles are analysed at once
     */
    public Ingestor(Store store, ArticleExtractor extractor, Fetcher fetcher, Options options, IngestListener listener,
                    Function<Article, AnalyzedArticle> analyzer, int threads) {
        this.store = store;
        this.extractor = extractor;
        this.source = new RawDocumentSource(fetcher, options);
        this.listener = listener;
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    /** Ingests every input in turn; never throws for bad input, only for a store that cannot be written. */
    public IngestReport ingest(List<String> inputs) {
        if (analyzer != null) {
            workers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sitrep-analyze");
                t.setDaemon(true);
                return t;
            });
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sitrep-store");
                t.setDaemon(true);
                return t;
            });
            // back-pressure: reading waits for the analysers and the writer; room for the analyses that are done and
            // wait to be written after a slower one that came before them
            inFlight = new Semaphore(threads * 4);
        }
        IngestReport read;
        try {
            read = source.read(inputs, listener, this::store);
        } finally {
            finish(workers); // analysis of the last articles goes on,
            awaitWrites(); // then their facts are written,
            finish(writer); // and only then the writer stops (a write still to come would be refused)
            store.commit();
            listener.onDurable();
        }
        if (analysisFailures.get() == 0) {
            return read;
        }
        List<IngestReport.Failure> errors = new ArrayList<>(read.errors());
        errors.addAll(analysisErrors);
        return new IngestReport(read.added(), read.duplicate(), read.failed() + analysisFailures.get(), errors);
    }

    private static void finish(ExecutorService pool) {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // still working
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void analyzeLater(RawDocument raw, Article article) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        CompletableFuture<AnalyzedArticle> analysis = CompletableFuture.supplyAsync(() -> analyzed(raw, article), workers);
        written = written.exceptionally(e -> null).thenCombineAsync(analysis.exceptionally(e -> null),
                (before, analyzed) -> {
                    try {
                        if (analyzed != null) {
                            store.analyses().save(analyzed);
                            listener.onAnalyzed(raw, analyzed);
                        }
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        failed(raw, "storing the analysis failed: " + e);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }, writer);
    }

    /** The article's facts, or null when its analysis failed (the failure is reported). */
    private AnalyzedArticle analyzed(RawDocument raw, Article article) {
        try {
            return analyzer.apply(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(raw, "analysis failed: " + e);
            return null;
        }
    }

    private void awaitWrites() {
        if (writer == null) {
            return;
        }
        try {
            written.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // a write that failed was reported where it failed
        }
    }

    private void failed(RawDocument raw, String reason) {
        analysisFailures.incrementAndGet();
        analysisErrors.add(new IngestReport.Failure(raw.source(), reason));
        listener.onFailure(raw.source(), reason);
    }

    private RawDocumentSource.Outcome store(RawDocument raw) throws InputException {
        if (store.documents().presence(raw.id()) == DocumentStore.Presence.WITH_ARTICLE) {
            listener.onDuplicate(raw);
            if (analyzer != null && !store.analyses().isAnalyzed(raw.articleId())) {
                store.documents().article(raw.articleId()).ifPresent(a -> analyzeLater(raw, a)); // a killed run's leftover
            }
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
        boolean durable = store.save(raw, article); // the raw document is kept even when no article came of it
        if (article == null) {
            throw new InputException(reason);
        }
        listener.onStored(raw, article);
        if (durable) {
            listener.onDurable();
        }
        if (analyzer != null) {
            analyzeLater(raw, article);
        }
        return RawDocumentSource.Outcome.NEW;
    }
}
