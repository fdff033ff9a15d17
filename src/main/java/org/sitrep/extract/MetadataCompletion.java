package org.sitrep.extract;

import org.sitrep.model.Article;

/**
 * The last step of every extraction: the publisher in its usual spelling (knowledge base), the site where this copy
 * was found, the language of the text (Lingua) and the original language when the lineage or the publisher tells it.
 * Nothing is guessed: a field without evidence stays null.
 */
final class MetadataCompletion {
    private final Publishers publishers;
    private final Languages languages;

    MetadataCompletion(Publishers publishers, Languages languages) {
        this.publishers = publishers;
        this.languages = languages;
    }

    Article complete(Article a) {
        boolean repost = a.originalUrl() != null || a.publisher() != null || Boolean.TRUE.equals(a.machineTranslated());
        String site = a.site();
        if (site == null && a.url() != null) {
            site = publishers.find(a.url()).map(Publishers.Publisher::name).orElse(Publishers.hostOf(a.url()));
        }
        String publisher = a.publisher();
        if (publisher != null) {
            publisher = publishers.find(publisher).map(Publishers.Publisher::name).orElse(publisher);
        } else if (a.originalUrl() != null) {
            publisher = publishers.find(a.originalUrl()).map(Publishers.Publisher::name).orElse(Publishers.hostOf(a.originalUrl()));
        } else if (!repost) {
            publisher = site; // no sign of republication: the site publishes its own article
        }
        String language = a.language();
        String detected = languages.detect(a.text());
        if (detected != null) {
            language = detected; // the text itself is better evidence than a page's template attributes
        }
        String originalLanguage = a.originalLanguage();
        if (originalLanguage == null && publisher != null) {
            originalLanguage = publishers.find(publisher).map(Publishers.Publisher::language).orElse(null);
        }
        return new Article(a.id(), a.rawId(), a.title(), a.published(), a.updated(), a.author(), site, publisher, a.url(),
                a.originalUrl(), language, originalLanguage, a.machineTranslated(), a.text());
    }
}
