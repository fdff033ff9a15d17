package org.sitrep.report;

import org.sitrep.analyze.Quantity;
import org.sitrep.model.Article;
import org.sitrep.store.AnalysisStore;
import org.sitrep.store.Store;
import org.sitrep.story.Story;
import org.sitrep.story.StoryBuilder;
import org.sitrep.story.StoryClusterer;
import org.sitrep.story.Timeline;
import org.sitrep.story.TimelineBuilder;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds a situation report from the store: a story's (or every) article published in a period (since a date, by the
 * as-of date), its timeline, actors, quotes, numbers and sources.
 */
public final class ReportBuilder {
    private static final int SUMMARY = 5;
    private static final int DEVELOPMENTS = 12;
    private static final int ACTORS = 12;
    private static final int SPEAKERS = 8;
    private static final int NUMBERS = 15;

    /**
     * @param storyId a story from `sitrep stories`, or null for every article
     * @throws IllegalArgumentException when the story does not exist
     */
    public SituationReport build(Store store, String storyId, LocalDate asOf) {
        return build(store, storyId, null, asOf);
    }

    /**
     * @param storyId a story from `sitrep stories`, or null for every article
     * @param since   only articles published on or after this day, and the developments dated from it on (null: all)
     * @param asOf    only articles published by this day (null: all)
     * @throws IllegalArgumentException when the story does not exist
     */
    public SituationReport build(Store store, String storyId, LocalDate since, LocalDate asOf) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> copies = Map.of();
        String title;
        if (storyId == null) {
            store.documents().forEachArticle(articles::add);
            title = "Situation report";
        } else {
            Story story = new StoryBuilder(StoryClusterer.Settings.defaults()).build(store).stream()
                    .filter(s -> s.id().equals(storyId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no story " + storyId + " (see sitrep stories)"));
            for (String id : story.articles()) {
                store.documents().article(id).ifPresent(articles::add);
            }
            copies = story.copies();
            title = "Situation report: " + story.label();
        }
        if (asOf != null) {
            articles.removeIf(a -> a.publishedDay() == null || a.publishedDay().isAfter(asOf));
        }
        if (since != null) {
            articles.removeIf(a -> a.publishedDay() == null || a.publishedDay().isBefore(since));
        }
        articles.sort(Comparator.comparing((Article a) -> a.publishedDay() == null ? LocalDate.MAX : a.publishedDay())
                .thenComparing(Article::id));

        Timeline timeline = new TimelineBuilder().build(storyId == null ? "all" : storyId, articles, copies,
                id -> store.analyses().times(id), asOf);
        timeline = timeline.between(since, null); // what the period's articles recall of earlier days is not its own
        List<Timeline.Evidence> summary = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Timeline.Entry e : timeline.entries()) {
            if (summary.size() >= SUMMARY) {
                break;
            }
            Timeline.Evidence s = e.sentences().get(0);
            if (seen.add(s.text())) {
                summary.add(s);
            }
        }
        List<SituationReport.Development> developments = timeline.entries().stream().limit(DEVELOPMENTS)
                .sorted(Comparator.comparing(Timeline.Entry::date))
                .map(e -> new SituationReport.Development(e.date(), e.independentSources(), e.sentences())).toList();

        Map<String, SituationReport.Actor> actors = new HashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, List<SituationReport.SaidQuote>> said = new LinkedHashMap<>();
        Map<String, String> speakerEntity = new HashMap<>();
        List<SituationReport.Number> numbers = new ArrayList<>();
        List<SituationReport.Source> sources = new ArrayList<>();
        SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, Map<LocalDate, Integer>> perWeek = new HashMap<>();
        for (Article a : articles) {
            AnalysisStore.ArticleFacts facts = store.analyses().facts(a.id());
            LocalDate day = a.publishedDay();
            if (day != null) {
                perDay.merge(day, 1, Integer::sum);
            }
            for (AnalysisStore.ArticleEntity e : facts.entities()) {
                SituationReport.Actor prev = actors.get(e.id());
                actors.put(e.id(), new SituationReport.Actor(e.id(), e.name(), e.type(),
                        (prev == null ? 0 : prev.mentions()) + e.mentions(), (prev == null ? 0 : prev.articles()) + 1, List.of()));
                roles.computeIfAbsent(e.id(), k -> new HashSet<>()).addAll(e.roles());
                if (day != null) {
                    perWeek.computeIfAbsent(e.id(), k -> new TreeMap<>())
                            .merge(day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), e.mentions(), Integer::sum);
                }
            }
            for (AnalysisStore.StoredQuote q : facts.quotes()) {
                if (q.speaker() != null && q.kind().equals("full")) {
                    said.computeIfAbsent(q.speaker(), k -> new ArrayList<>())
                            .add(new SituationReport.SaidQuote(q.text(), q.published(), q.article(), q.start(), q.end()));
                    if (q.speakerEntity() != null) {
                        speakerEntity.put(q.speaker(), q.speakerEntity());
                    }
                }
            }
            for (Quantity q : facts.quantities()) {
                numbers.add(new SituationReport.Number(a.published(), q.text(), q.value(), q.unit(), q.subject(), a.id()));
            }
            sources.add(new SituationReport.Source(a.id(), a.title(), a.site(), a.publisher(), a.language(),
                    a.originalLanguage(), a.machineTranslated(), a.published(), a.url()));
        }
        List<SituationReport.Actor> topActors = actors.values().stream()
                .filter(x -> !x.type().equals("MISC"))
                .sorted(Comparator.comparingInt(SituationReport.Actor::mentions).reversed()).limit(ACTORS)
                .map(x -> new SituationReport.Actor(x.id(), x.name(), x.type(), x.mentions(), x.articles(),
                        roles.getOrDefault(x.id(), Set.of()).stream().sorted().limit(4).toList()))
                .toList();
        List<SituationReport.Speaker> speakers = said.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<SituationReport.SaidQuote>> e) -> -e.getValue().size()))
                .limit(SPEAKERS)
                .map(e -> new SituationReport.Speaker(e.getKey(), speakerEntity.get(e.getKey()), e.getValue().stream().limit(3).toList()))
                .toList();
        numbers.sort(Comparator.comparing((SituationReport.Number n) -> n.published() == null ? "" : n.published())
                .thenComparing(n -> -Math.abs(n.value())));
        List<SituationReport.Number> topNumbers = numbers.stream()
                .filter(n -> !n.unit().equals("percent")).sorted(Comparator.comparingDouble((SituationReport.Number n) -> -Math.abs(n.value())))
                .limit(NUMBERS).sorted(Comparator.comparing(n -> n.published() == null ? "" : n.published())).toList();

        Map<String, SortedMap<LocalDate, Integer>> chartActors = new LinkedHashMap<>();
        for (SituationReport.Actor x : topActors.subList(0, Math.min(5, topActors.size()))) {
            chartActors.put(x.name(), new TreeMap<>(perWeek.getOrDefault(x.id(), Map.of())));
        }
        List<SituationReport.Chart> charts = List.of(
                new SituationReport.Chart("Articles per day", Charts.articlesPerDay(perDay)),
                new SituationReport.Chart("Mentions of the main actors per week", Charts.mentionsPerWeek(chartActors)));
        Map<String, String> copyOf = copies;
        int independent = articles.size() - (int) articles.stream().filter(a -> copyOf.containsKey(a.id())).count();
        int distinctSources = (int) articles.stream().map(a -> a.publisher() != null ? a.publisher() : a.site() != null ? a.site() : "?")
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().count();
        LocalDate first = perDay.isEmpty() ? null : perDay.firstKey();
        LocalDate last = perDay.isEmpty() ? null : perDay.lastKey();
        return new SituationReport(title, storyId == null ? "all" : storyId, since, asOf, first, last, articles.size(),
                independent,
                distinctSources, summary, developments, topActors, speakers, topNumbers, sources, charts);
    }
}
