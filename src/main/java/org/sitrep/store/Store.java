package org.sitrep.store;

import org.sitrep.analyze.KnowledgeBase;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Sitrep store: the record store (the truth) and the text index derived from it, kept in step.
 * Writes go to the record store in one transaction each; the index follows and is committed in batches with the
 * record store's change number, so a killed run leaves an index that catches up when the store is next opened.
 */
public final class Store implements AutoCloseable {
    private static final int COMMIT_EVERY = 500;

    private final Path dir;
    private final DocumentStore documents;
    private final AnalysisStore analyses;
    private final TextIndex index;
    private final Recovery recovery;
    private int uncommitted;

    /**
     * How a store whose database no longer opened (a run killed while it wrote) was brought back: the damaged file,
     * kept; the version of it taken back and the raw documents that version holds. Ingesting the same inputs again
     * stores what came after it.
     */
    public record Recovery(Path damagedFile, long version, long rawDocuments) {
    }

    public Store(Path dir, DocumentStore documents, AnalysisStore analyses, TextIndex index) {
        this(dir, documents, analyses, index, null);
    }

    private Store(Path dir, DocumentStore documents, AnalysisStore analyses, TextIndex index, Recovery recovery) {
        this.dir = dir;
        this.documents = documents;
        this.analyses = analyses;
        this.index = index;
        this.recovery = recovery;
        catchUpIndex();
    }

    /**
     * Opens the embedded store (H2 and Lucene) under {@code dir}, creating it when absent. A database that no longer
     * opens is taken back to its latest readable version ({@link #recovery()} tells), and the text index, derived from
     * it, is built again.
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        Recovery recovery = null;
        H2DocumentStore documents;
        H2Recovery.finishInterrupted(dir.resolve("db"));
        try {
            documents = H2DocumentStore.open(dir.resolve("db"));
        } catch (StoreException e) {
            if (!H2Recovery.isDamage(e)) {
                throw e;
            }
            recovery = H2Recovery.recover(dir.resolve("db"));
            documents = H2DocumentStore.open(dir.resolve("db"));
        }
        try {
            return new Store(dir, documents,
                    new H2AnalysisStore(documents.dataSource(), KnowledgeBase.withUserFiles(dir.resolve("kb"))),
                    LuceneTextIndex.open(dir.resolve("index"), recovery != null), // it may hold what was lost
                    recovery);
        } catch (RuntimeException e) {
            documents.close();
            throw e;
        }
    }

    /**
     * Opens a store that exists; a missing one is an error, so that a mistyped {@code --store} reads nothing from a
     * new, empty store instead of saying so.
     */
    public static Store openExisting(Path dir) {
        requireExisting(dir);
        return open(dir);
    }

    private static void requireExisting(Path dir) {
        if (!Files.isDirectory(dir.resolve("db"))) {
            throw new StoreException("there is no store at " + dir
                    + " (`sitrep ingest --store " + dir + " INPUT` makes one)");
        }
    }

    /** A store's size on disk before and after {@link #compact}, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {
    }

    /**
     * Rewrites a closed store's database without the free space left by earlier versions of its pages. Takes time in
     * proportion to the store's size.
     */
    public static Compaction compact(Path dir) {
        requireExisting(dir);
        long before = diskBytes(dir);
        H2DocumentStore.compact(dir.resolve("db"));
        return new Compaction(before, diskBytes(dir));
    }

    /** The size on disk of everything under a store's directory (database, text index, saved stories). */
    public static long diskBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure the store " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** How the store was brought back when its database no longer opened; empty when it opened as it was. */
    public java.util.Optional<Recovery> recovery() {
        return java.util.Optional.ofNullable(recovery);
    }

    public DocumentStore documents() {
        return documents;
    }

    public AnalysisStore analyses() {
        return analyses;
    }

    public TextIndex index() {
        return index;
    }

    /**
     * Stores a raw document and the article derived from it (null when none could be).
     *
     * @return whether everything stored so far was made durable on this call (every {@value #COMMIT_EVERY} articles)
     */
    public synchronized boolean save(RawDocument raw, Article article) {
        documents.save(raw, article);
        if (article != null) {
            index.index(article);
            return maybeCommit();
        }
        return false;
    }

    /** Replaces the article derived from a stored raw document (null removes it). */
    public synchronized void replaceArticle(RawDocument raw, Article article) {
        documents.replaceArticle(raw.id(), article);
        if (article != null) {
            index.index(article);
        } else {
            index.delete(raw.articleId());
        }
        maybeCommit();
    }

    private boolean maybeCommit() {
        if (++uncommitted >= COMMIT_EVERY) {
            commit();
            return true;
        }
        return false;
    }

    /**
     * Makes everything stored so far durable, then commits the text index with the store's change number: the index
     * never records a change the database could lose, so an index behind the database is caught up on opening.
     */
    public synchronized void commit() {
        documents.checkpoint();
        index.commit(documents.lastChange());
        uncommitted = 0;
    }

    private void catchUpIndex() {
        long seen = index.committedChange();
        if (seen < documents.lastChange()) {
            documents.forEachArticleChangedAfter(seen, (article, seq) -> index.index(article));
            commit();
        }
    }

    @Override
    public synchronized void close() {
        try {
            commit();
        } finally {
            try {
                index.close();
            } finally {
                documents.close();
            }
        }
    }
}
