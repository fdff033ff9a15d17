package org.sitrep.cli;

import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.story.Story;
import org.sitrep.story.StoryBuilder;
import org.sitrep.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stories", description = "The store's articles grouped into stories, with copies of one original recognised.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--min-size", defaultValue = "1", description = "Only stories of at least this many articles.")
    int minSize;

    @Option(names = "--json", description = "Print JSON: [{id, label, articles, first, last, independent, copies}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Story> stories;
        try (Store s = store.open()) {
            stories = new StoryBuilder(StoryClusterer.Settings.defaults()).build(s);
        }
        stories = stories.stream().filter(st -> st.articles().size() >= minSize).toList();
        if (json) {
            List<Map<String, Object>> out = stories.stream().map(st -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", st.id());
                m.put("label", st.label());
                m.put("articles", st.articles());
                m.put("first", st.first() == null ? null : st.first().toString());
                m.put("last", st.last() == null ? null : st.last().toString());
                m.put("independent", st.independent());
                m.put("copies", st.copies());
                return m;
            }).toList();
            System.out.println(Json.mapper().writeValueAsString(out));
            return 0;
        }
        for (Story st : stories) {
            System.out.printf("%-24s %4d articles (%d independent)  %s .. %s  %s%n", st.id(), st.articles().size(),
                    st.independent(), st.first(), st.last(), st.label());
        }
        return 0;
    }
}
