package org.sitrep.store;

import org.sitrep.model.Article;

import java.util.List;

/**
 * Full-text search over articles. The embedded implementation is {@link LuceneTextIndex}; a search cluster can
 * implement the same contract. The index records the last article change it has seen, so that it can catch up with
 * the record store after a crash.
 */
public interface TextIndex extends AutoCloseable {

    void index(Article article);

    void delete(String articleId);

    /** Makes everything indexed so far durable, remembering the store's change number it reflects. */
    void commit(long changeSeq);

    /** The store change number of the last commit (0 for a new index). */
    long committedChange();

    long size();

    List<Hit> search(String query, int limit);

    record Hit(String articleId, String title, String published, float score) {
    }

    @Override
    void close();
}
