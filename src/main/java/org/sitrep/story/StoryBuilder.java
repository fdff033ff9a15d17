package org.sitrep.story;

import org.sitrep.model.Article;
import org.sitrep.store.AnalysisStore;
import org.sitrep.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stories of a store: its articles in date order through the {@link StoryClusterer}, with their entities. */
public final class StoryBuilder {
    private final StoryClusterer.Settings settings;

    public StoryBuilder(StoryClusterer.Settings settings) {
        this.settings = settings;
    }

    public List<Story> build(Store store) {
        Map<String, Set<String>> entities = store.analyses().entitiesByArticle();
        Map<String, String> names = new HashMap<>();
        for (AnalysisStore.EntitySummary e : store.analyses().entities()) {
            names.put(e.id(), e.name());
        }
        List<Article> articles = new ArrayList<>();
        store.documents().forEachArticle(articles::add);
        articles.sort(Comparator.comparing((Article a) -> a.publishedDay() == null ? java.time.LocalDate.MAX : a.publishedDay())
                .thenComparing(Article::id));
        StoryClusterer clusterer = new StoryClusterer(settings);
        for (Article a : articles) {
            clusterer.add(new StoryArticle(a.id(), a.title(), a.text(), a.publishedDay(),
                    entities.getOrDefault(a.id(), Set.of()), a.originalUrl()));
        }
        return clusterer.stories(names);
    }
}
