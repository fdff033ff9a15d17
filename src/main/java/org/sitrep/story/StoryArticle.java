package org.sitrep.story;

import java.time.LocalDate;
import java.util.Set;

/**
 * What story building needs of an article: its id, text (title first), day, canonical entity ids (empty when not
 * analysed), and the original it reposts (its original URL), if stated.
 */
public record StoryArticle(String id, String title, String text, LocalDate day, Set<String> entities, String originalUrl) {
    public StoryArticle {
        entities = Set.copyOf(entities);
    }
}
