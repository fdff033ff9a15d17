package org.sitrep.story;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: articles about one developing matter, labelled by its main actors and key phrases.
 *
 * @param articles the member articles' ids, in the order they arrived
 * @param copies   for each article that is a copy (a near-duplicate or a repost of the same original), its canonical
 *                 copy's id; canonical copies are not listed
 */
public record Story(String id, String label, List<String> articles, LocalDate first, LocalDate last,
                    java.util.Map<String, String> copies) {
    public Story {
        articles = List.copyOf(articles);
        copies = java.util.Map.copyOf(copies);
    }

    /** Articles that are not copies of another: the independent reports. */
    public int independent() {
        return articles.size() - copies.size();
    }
}
