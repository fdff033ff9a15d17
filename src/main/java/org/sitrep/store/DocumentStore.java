package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records: raw documents and the articles derived from them. Every write is one transaction.
 * The embedded implementation is {@link H2DocumentStore}; a server database can implement the same contract.
 */
public interface DocumentStore extends AutoCloseable {

    /** Whether a raw document with this id is stored, and whether an article was derived from it. */
    enum Presence { ABSENT, RAW_ONLY, WITH_ARTICLE }

    Presence presence(String rawId);

    /** Stores the raw document (if new) and its article (if any), atomically. */
    void save(RawDocument raw, Article article);

    /** Replaces the article derived from a stored raw document, or removes it when {@code article} is null. */
    void replaceArticle(String rawId, Article article);

    Optional<RawDocument> raw(String rawId);

    /** The article with this id, or the one article whose id starts with this prefix. */
    Optional<Article> article(String idOrPrefix);

    void forEachRaw(Consumer<RawDocument> action);

    void forEachArticle(Consumer<Article> action);

    /** Articles changed after the given change number, in change order; the consumer also gets each change number. */
    void forEachArticleChangedAfter(long changeSeq, ArticleChangeConsumer action);

    long lastChange();

    /** Makes every committed change durable: it survives the process being killed. */
    void checkpoint();

    long rawCount();

    long articleCount();

    /** Article counts grouped by a dimension: source, language or month. */
    List<Count> countBy(Dimension dimension);

    enum Dimension { SOURCE, LANGUAGE, MONTH }

    record Count(String key, long count) {
    }

    @FunctionalInterface
    interface ArticleChangeConsumer {
        void accept(Article article, long changeSeq);
    }

    @Override
    void close();
}
