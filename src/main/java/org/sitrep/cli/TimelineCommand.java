package org.sitrep.cli;

import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.story.Story;
import org.sitrep.story.StoryBuilder;
import org.sitrep.story.StoryClusterer;
import org.sitrep.story.Timeline;
import org.sitrep.story.TimelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "timeline", description = {"The dated events of a story (or of the whole store).",
        "Dates are ranked by how many independent articles report them, each with its sentences and evidence."})
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--story", paramLabel = "ID", description = "A story id from `sitrep stories` (default: every article).")
    String storyId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Only what had been published by this date (yyyy-MM-dd).")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "DATE", description = "Only dates of events from this day on (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only dates of events up to this day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--by-date", description = "Show the dates chosen (the most reported first) in the order of the "
            + "calendar.")
    boolean byDate;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "At most this many dates (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: {story, entries: [{date, salience, independentSources, sentences: [{text, article, start, end}]}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && from.isAfter(to)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--from " + from + " is after --to " + to);
        }
        Timeline timeline;
        try (Store s = store.open()) {
            List<Article> articles = new ArrayList<>();
            Map<String, String> copies = Map.of();
            if (storyId == null) {
                s.documents().forEachArticle(articles::add);
            } else {
                Story story = new StoryBuilder(StoryClusterer.Settings.defaults()).build(s).stream()
                        .filter(st -> st.id().equals(storyId)).findFirst().orElse(null);
                if (story == null) {
                    System.err.println("sitrep: no story " + storyId + " (see sitrep stories)");
                    return 1;
                }
                for (String id : story.articles()) {
                    s.documents().article(id).ifPresent(articles::add);
                }
                copies = story.copies();
            }
            timeline = new TimelineBuilder().build(storyId == null ? "all" : storyId, articles, copies,
                    id -> s.analyses().times(id), asOf);
        }
        List<Timeline.Entry> entries = timeline.between(from, to).entries().stream().limit(limit).toList();
        if (byDate) {
            entries = entries.stream().sorted(java.util.Comparator.comparing(Timeline.Entry::date)).toList();
        }
        Timeline shown = new Timeline(timeline.story(), timeline.asOf(), entries);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(shown));
            return 0;
        }
        for (Timeline.Entry e : shown.entries()) {
            System.out.printf("%s  %d source(s)%n", e.date(), e.independentSources());
            for (Timeline.Evidence ev : e.sentences()) {
                System.out.printf("    %s  [%s %d-%d]%n", ev.text().replaceAll("\\s+", " "), ev.article(), ev.start(), ev.end());
            }
        }
        return 0;
    }
}
