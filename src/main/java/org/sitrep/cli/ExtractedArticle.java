package org.sitrep.cli;

import org.sitrep.model.Article;

/**
 * The stable JSON form of {@code sitrep extract --json} (docs/article-json.md): the article's fields, in this order,
 * without store ids.
 */
record ExtractedArticle(String title, String published, String updated, String author, String site, String publisher,
                        String url, String originalUrl, String language, String originalLanguage,
                        Boolean machineTranslated, String text) {
    static ExtractedArticle of(Article a) {
        return new ExtractedArticle(a.title(), a.published(), a.updated(), a.author(), a.site(), a.publisher(), a.url(),
                a.originalUrl(), a.language(), a.originalLanguage(), a.machineTranslated(), a.text());
    }
}
