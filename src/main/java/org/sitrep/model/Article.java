package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The clean text and true metadata of one article. Unknown fields are null, never guessed.
 *
 * @param id                short id, stable across reprocessing (a prefix of the raw document's hash)
 * @param rawId             the raw document it was derived from
 * @param title             the headline
 * @param published         ISO 8601: a date, or a date-time with its offset when the source gives a time
 * @param updated           ISO 8601, as published
 * @param author            the byline
 * @param site              where this copy was found (an aggregator, or the publisher itself)
 * @param publisher         the original outlet, in its usual spelling
 * @param url               the URL of this copy
 * @param originalUrl       the URL of the original publication when this is a repost
 * @param language          ISO 639-1 code of the text
 * @param originalLanguage  ISO 639-1 code of the original publication
 * @param machineTranslated true, false, or null when unknown
 * @param text              the body, paragraphs separated by blank lines
 */
@JsonPropertyOrder({"id", "title", "published", "updated", "author", "site", "publisher", "url", "originalUrl",
        "language", "originalLanguage", "machineTranslated", "text"})
public record Article(String id, String rawId, String title, String published, String updated, String author,
                      String site, String publisher, String url, String originalUrl, String language,
                      String originalLanguage, Boolean machineTranslated, String text) {

    /** The publication day, or null when the date is unknown or unreadable. */
    public LocalDate publishedDay() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
