package org.sitrep.story;

import org.sitrep.analyze.TimeExpression;
import org.sitrep.model.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a timeline from the dated events the articles report: every time expression resolved to a day (a DATE or
 * a TIME with a day) dates the sentence holding it. A date's salience is the number of independent articles (copies
 * count once, with their canonical copy) reporting something on it; its sentences are the most informative ones
 * (about 160 characters; fragments last), at most one per article, near-repeats dropped. With an as-of date, only what had been published by then counts.
 */
public final class TimelineBuilder {
    private static final int SENTENCES = 3;

    /**
     * @param articles the story's articles
     * @param copies   copy id -> canonical copy id
     * @param times    an article's resolved time expressions
     */
    public Timeline build(String storyId, List<Article> articles, Map<String, String> copies,
                          Function<String, List<TimeExpression>> times, LocalDate asOf) {
        Map<LocalDate, Map<String, Scored>> byDate = new HashMap<>(); // date -> source -> best sentence
        for (Article a : articles) {
            LocalDate published = a.publishedDay();
            if (asOf != null && (published == null || published.isAfter(asOf))) {
                continue;
            }
            String source = copies.getOrDefault(a.id(), a.id());
            for (TimeExpression t : times.apply(a.id())) {
                LocalDate day = day(t);
                if (day == null || asOf != null && day.isAfter(asOf) && !isFuturePlan(published, day)) {
                    continue;
                }
                Timeline.Evidence sentence = sentence(a, t);
                Scored scored = new Scored(sentence, informative(sentence) + (boundsASpan(a.text(), t) ? 500 : 0));
                Map<String, Scored> sources = byDate.computeIfAbsent(day, d -> new LinkedHashMap<>());
                Scored current = sources.get(source);
                if (current == null || scored.score() < current.score()) {
                    sources.put(source, scored);
                }
            }
        }
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, Scored>> e : byDate.entrySet()) {
            List<Timeline.Evidence> chosen = new ArrayList<>();
            for (Scored scored : e.getValue().values().stream().sorted(Comparator.comparingInt(Scored::score)).toList()) {
                Timeline.Evidence s = scored.evidence();
                if (chosen.size() < SENTENCES && chosen.stream().noneMatch(c -> similar(c.text(), s.text()))) {
                    chosen.add(s);
                }
            }
            int independent = e.getValue().size();
            entries.add(new Timeline.Entry(e.getKey(), independent, independent, chosen));
        }
        entries.sort(Comparator.comparingDouble((Timeline.Entry x) -> -x.salience()).thenComparing(Timeline.Entry::date));
        return new Timeline(storyId, asOf, entries);
    }

    /**
     * A sentence with how little it tells of its day, lower being better: fragments and run-ons tell less than about
     * 160 characters, and a sentence that names the day only as a span's bound ("the threat it has posed since
     * February 24") less than one that tells what happened on it.
     */
    private record Scored(Timeline.Evidence evidence, int score) {
    }

    /** Lower is better: a sentence of about 160 characters says something; fragments and run-ons say less. */
    private static int informative(Timeline.Evidence e) {
        int n = e.text().length();
        return Math.abs(n - 160) + (n < 50 ? 1000 : 0);
    }

    /** Whether the expression is the bound of a span rather than the day of an event: "since", "until", "by" before it. */
    private static boolean boundsASpan(String text, TimeExpression t) {
        String before = text.substring(Math.max(0, t.start() - 12), t.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(since|until|till|by|before|after|from)\\s+(the\\s+)?$");
    }

    /** Plans stated before the as-of date ("talks will be held on Monday") stay, dated in the future. */
    private static boolean isFuturePlan(LocalDate published, LocalDate day) {
        return published != null && day.isAfter(published);
    }

    static LocalDate day(TimeExpression t) {
        if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type())) || t.value().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.value().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The sentence of the article text around a time expression. */
    static Timeline.Evidence sentence(Article a, TimeExpression t) {
        String text = a.text();
        int start = t.start();
        while (start > 0 && !boundary(text, start - 1)) {
            start--;
        }
        int end = t.end();
        while (end < text.length() && !boundary(text, end - 1)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Timeline.Evidence(text.substring(start, end), a.id(), start, end);
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n' || i > 0 && text.charAt(i - 1) == '\n';
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean similar(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() >= 0.7 * Math.min(x.size(), y.size());
    }
}
