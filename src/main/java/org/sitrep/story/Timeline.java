package org.sitrep.story;

import java.time.LocalDate;
import java.util.List;

/**
 * A story's timeline: dates ranked by salience (how many independent articles report something on that date), each
 * with up to three deduplicated representative sentences and their evidence.
 */
public record Timeline(String story, LocalDate asOf, List<Entry> entries) {

    /** The entries dated from {@code from} to {@code to} (either null: no bound), in the same order. */
    public Timeline between(LocalDate from, LocalDate to) {
        return new Timeline(story, asOf, entries.stream()
                .filter(e -> (from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to)))
                .toList());
    }

    public record Entry(LocalDate date, double salience, int independentSources, List<Evidence> sentences) {
    }

    /** A sentence of an article: its text and its character offsets in the article text. */
    public record Evidence(String text, String article, int start, int end) {
    }
}
