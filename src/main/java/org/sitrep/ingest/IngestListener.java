package org.sitrep.ingest;

import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Hears what an ingest is doing, for progress bars and logs. Every method may be left empty. */
public interface IngestListener {

    /** The total number of input bytes, when known (files), so that progress can be estimated. */
    default void onStart(long totalBytes) {
    }

    default void onBytesRead(long bytes) {
    }

    /** A document was stored (committed; durable at the next {@link #onDurable}). */
    default void onStored(RawDocument raw, Article article) {
    }

    /** Everything stored so far survives the process being killed. */
    default void onDurable() {
    }

    default void onDuplicate(RawDocument raw) {
    }

    /** An article's facts were stored (on a worker thread). */
    default void onAnalyzed(RawDocument raw, org.sitrep.analyze.AnalyzedArticle analyzed) {
    }

    default void onFailure(String where, String reason) {
    }

    default void onWarning(String where, String reason) {
    }
}
