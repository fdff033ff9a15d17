package org.sitrep.store;

import org.sitrep.analyze.AnalyzedArticle;

import java.util.List;

/**
 * The facts found in articles, with their evidence, and the canonical entities across the whole store. Every write
 * is one transaction per article. The embedded implementation is {@link H2AnalysisStore}.
 */
public interface AnalysisStore {

    boolean isAnalyzed(String articleId);

    /** Replaces an article's facts; its entities are resolved against the store's (one id per real-world entity). */
    void save(AnalyzedArticle analyzed);

    /** Every entity: its canonical name, every surface form seen, and how often and in how many articles. */
    List<EntitySummary> entities();

    /** Quotes, optionally only those of a speaker (a name, a part of it, or an entity id), with their articles. */
    List<StoredQuote> quotes(String speaker);

    long analyzedCount();

    /** An article's time expressions, in text order. */
    List<org.sitrep.analyze.TimeExpression> times(String articleId);

    /** One article's canonical entity ids (people, organisations, places); empty when it was not analysed. */
    java.util.Set<String> entitiesOf(String articleId);

    /** The canonical names of these entities (ids not found are left out). */
    java.util.Map<String, String> entityNames(java.util.Collection<String> ids);

    /** Every surface form the store's mentions give these entities ("Joseph Biden", "Biden" for Joe Biden). */
    java.util.Map<String, java.util.Set<String>> surfaceForms(java.util.Collection<String> ids);

    /** An article's facts: its entities (with mention counts and roles), quotes and quantities. */
    ArticleFacts facts(String articleId);

    record ArticleFacts(List<ArticleEntity> entities, List<StoredQuote> quotes, List<org.sitrep.analyze.Quantity> quantities) {
    }

    record ArticleEntity(String id, String name, String type, int mentions, List<String> roles) {
    }

    record EntitySummary(String id, String name, String type, List<String> aliases, long mentions, long articles) {
    }

    record StoredQuote(String article, String published, String text, int start, int end, String speaker,
                       String speakerEntity, String speakerText, String kind) {
    }
}
