package org.sitrep.story;

import org.sitrep.analyze.Abbreviations;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a timeline from the dated events the articles report: every time expression resolved to a day (a DATE or
 * a TIME with a day) dates the sentence holding it. A date's salience is the number of independent articles (copies
 * count once, with their canonical copy) reporting something on it. Its sentences are those most like what the other
 * sources say of that day (a centroid of rarity-weighted words, as extractive summarisers choose representative
 * sentences) and like their own article's headline, at most one per article, near-repeats dropped; a sentence that
 * names the day only as a span's bound, as "nowadays", in a question, in a negation or in a fragment counts for less.
 * With an as-of date, only what had been published by then counts.
 */
public final class TimelineBuilder {
    private static final int SENTENCES = 3;
    /** The weight of a sentence's likeness to its own article's headline, beside its likeness to the other sources. */
    private static final double HEADLINE = 0.5;
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(did|does|do|has|have|had|was|were|is|are) ?(not|n't)\\b", Pattern.CASE_INSENSITIVE);
    /** A day named from the moment of speaking, which can also mean the present in general. */
    private static final Pattern DEICTIC = Pattern.compile("(?i)today|now|nowadays");
    /** A possessive before a name: "today's Ukraine". */
    private static final Pattern BEFORE_A_NAME = Pattern.compile("['’]s\\s+\\p{Lu}");
    /**
     * What follows "today" when it means the present in general: within its clause (a subject of up to five words
     * first), a verb in the present tense or a modal ("today Poland is showing", "today, all enterprises must work"),
     * where an event of the day takes the past ("today the Alliance's leadership gave").
     */
    private static final Pattern PRESENT = Pattern.compile("(?i)[,\\s]*(?:[\\p{L}'’-]+\\s+){0,5}?(is|are|am|must|can|"
            + "cannot|should|has|have|remains?|needs?|will|faces?|continues?|means?)\\b");
    /**
     * Function words, and the words of the calendar: every sentence that names a day shares them ("March"), so they
     * tell when, not what happened.
     */
    private static final Set<String> STOP = Stream.concat(CalendarWords.WORDS.stream(), Stream.of(
            "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been",
            "its", "his", "her", "their", "our", "who", "which", "will", "would", "not", "but", "also", "all", "said",
            "says", "they", "them", "there", "than", "then", "what", "when", "into", "about", "after", "before",
            "since", "over", "more", "one", "two", "earlier", "later", "last", "next")).collect(Collectors.toUnmodifiableSet());

    /**
     * @param articles the story's articles
     * @param copies   copy id -> canonical copy id
     * @param times    an article's resolved time expressions
     */
    public Timeline build(String storyId, List<Article> articles, Map<String, String> copies,
                          Function<String, List<TimeExpression>> times, LocalDate asOf) {
        Map<LocalDate, Map<String, List<Candidate>>> byDate = new HashMap<>(); // date -> source -> its sentences
        Map<String, Integer> df = new HashMap<>();
        Map<String, Set<String>> headlines = new HashMap<>();
        int n = 0;
        for (Article a : articles) {
            LocalDate published = a.publishedDay();
            if (asOf != null && (published == null || published.isAfter(asOf))) {
                continue;
            }
            n++;
            words(a.text()).forEach(w -> df.merge(w, 1, Integer::sum));
            String source = copies.getOrDefault(a.id(), a.id());
            for (TimeExpression t : times.apply(a.id())) {
                LocalDate day = day(t);
                if (day == null || asOf != null && day.isAfter(asOf) && !isFuturePlan(published, day)) {
                    continue;
                }
                Timeline.Evidence sentence = sentence(a, t);
                headlines.computeIfAbsent(a.id(), id -> words(headline(a)));
                byDate.computeIfAbsent(day, d -> new LinkedHashMap<>()).computeIfAbsent(source, k -> new ArrayList<>())
                        .add(new Candidate(sentence, words(sentence.text()), worth(a.text(), t, sentence)));
            }
        }
        Idf idf = new Idf(df, n);
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, List<Candidate>>> e : byDate.entrySet()) {
            Day day = new Day(e.getValue(), idf);
            List<Scored> best = new ArrayList<>(); // each source's best sentence for the day
            for (Map.Entry<String, List<Candidate>> source : e.getValue().entrySet()) {
                Set<String> own = day.wordsOf(source.getKey());
                source.getValue().stream().map(c -> new Scored(c.evidence(), c.worth() * (day.likenessToOthers(c, own)
                                + HEADLINE * likeness(c.words(), headlines.get(c.evidence().article()), idf))))
                        .max(Comparator.comparingDouble(Scored::score)).ifPresent(best::add);
            }
            List<Timeline.Evidence> chosen = new ArrayList<>();
            for (Scored scored : best.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).toList()) {
                Timeline.Evidence s = scored.evidence();
                if (chosen.size() < SENTENCES && chosen.stream().noneMatch(c -> similar(c.text(), s.text()))) {
                    chosen.add(s);
                }
            }
            int independent = e.getValue().size();
            entries.add(new Timeline.Entry(e.getKey(), independent, independent, chosen));
        }
        entries.sort(Comparator.comparingDouble((Timeline.Entry x) -> -x.salience())
                .thenComparing(Timeline.Entry::date));
        return new Timeline(storyId, asOf, entries);
    }

    /** A sentence that names a day, its content words, and how much it is worth as the day's sentence (1 = fully). */
    private record Candidate(Timeline.Evidence evidence, Set<String> words, double worth) {
    }

    private record Scored(Timeline.Evidence evidence, double score) {
    }

    /** The rarity of a word among the articles a timeline is built from. */
    private record Idf(Map<String, Integer> df, int articles) {
        double of(String word) {
            return Math.log((articles + 1.0) / (df.getOrDefault(word, 0) + 1.0)) + 1;
        }
    }

    /**
     * What a day's sources say of it: how many of them use each word in a sentence on that day. What all sources but
     * one say (the centroid a sentence is compared with) is this less that source's own words, so that a day of many
     * sources costs in proportion to their words, not to their number squared.
     */
    private static final class Day {
        private final Map<String, Set<String>> wordsBySource = new HashMap<>();
        private final Map<String, Integer> uses = new HashMap<>();
        private final Idf idf;
        /** The squared length of the centroid of all the day's sources: the sum of (rarity x uses) squared. */
        private double squares;

        Day(Map<String, List<Candidate>> sources, Idf idf) {
            this.idf = idf;
            sources.forEach((source, candidates) -> {
                Set<String> used = new HashSet<>();
                candidates.forEach(c -> used.addAll(c.words()));
                wordsBySource.put(source, used);
                used.forEach(w -> uses.merge(w, 1, Integer::sum));
            });
            uses.forEach((w, k) -> squares += sq(idf.of(w) * k));
        }

        Set<String> wordsOf(String source) {
            return wordsBySource.get(source);
        }

        /**
         * The cosine between a sentence and what the day's other sources say of it (their words weighted by rarity and
         * by how many of them use each), 0 when no other source names the day.
         */
        double likenessToOthers(Candidate c, Set<String> ownSource) {
            double others = squares;
            for (String w : ownSource) {
                int k = uses.get(w);
                others -= sq(idf.of(w) * k) - sq(idf.of(w) * (k - 1));
            }
            double dot = 0;
            double length = 0;
            for (String w : c.words()) {
                double weight = idf.of(w);
                dot += weight * weight * (uses.getOrDefault(w, 0) - (ownSource.contains(w) ? 1 : 0));
                length += weight * weight;
            }
            return others <= 1e-9 || length == 0 ? 0 : dot / Math.sqrt(length * others);
        }

        private static double sq(double x) {
            return x * x;
        }
    }

    /** The cosine between two sets of words, each weighted by its rarity. */
    private static double likeness(Set<String> a, Set<String> b, Idf idf) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String w : a) {
            double weight = idf.of(w) * idf.of(w);
            na += weight;
            if (b.contains(w)) {
                dot += weight;
            }
        }
        for (String w : b) {
            nb += idf.of(w) * idf.of(w);
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * How much of a sentence's worth as the day's sentence is left. A day named as a span's bound ("since February
     * 24"), as the present in general ("today's Ukraine", "today Ukraine is not only defending itself"), in a question
     * or in a negation ("Russia did not start the war on February 24") tells little of what happened on it; a fragment
     * (the end of a sentence cut in two, a heading), and a run-on, less than a sentence.
     */
    private static double worth(String text, TimeExpression t, Timeline.Evidence sentence) {
        String s = sentence.text();
        double worth = 1;
        if (boundsASpan(text, t)) {
            worth *= 0.3;
        }
        if (DEICTIC.matcher(t.text()).matches()) {
            if (BEFORE_A_NAME.matcher(text).region(t.end(), text.length()).lookingAt()) {
                worth *= 0.3;
            } else if (PRESENT.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 60)).lookingAt()) {
                worth *= 0.5;
            }
        }
        if (s.endsWith("?") || NEGATED.matcher(s).find()) {
            worth *= 0.3;
        }
        if (!s.isEmpty() && !Character.isUpperCase(s.codePointAt(0)) && "\"“'‘(*".indexOf(s.charAt(0)) < 0) {
            worth *= 0.3; // "81 of March 1, 2022, On ...": cut after "No."
        }
        if (s.length() < 50) {
            worth *= 0.3;
        } else if (s.length() > 400) {
            worth *= 0.6;
        }
        return worth;
    }

    /** An article's title, else its first sentence. */
    private static String headline(Article a) {
        return a.title() != null && !a.title().isBlank() ? a.title() : StoryClusterer.lead(a.text());
    }

    /** The content words of a text: lower-case words of three letters or more that are not function words. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
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
        if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
            int w = i;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String next = text.substring(i + 1, Math.min(text.length(), i + 4)).stripLeading();
            if (w < i && Abbreviations.keepsSentenceOpen(text.substring(w, i), next)) {
                return false; // "Executive Order No. 81", "Gen. Clark"
            }
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
