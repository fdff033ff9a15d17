package org.sitrep.analyze;

import org.sitrep.model.Article;

import java.util.List;

/** An article with the facts found in it; every offset is into {@code article.text()}. */
public record AnalyzedArticle(Article article, ReferenceDate referenceDate, List<Entity> entities, List<Quote> quotes,
                              List<TimeExpression> times, List<Quantity> quantities, int tokens) {
    public AnalyzedArticle {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }
}
