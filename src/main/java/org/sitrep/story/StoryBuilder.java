package org.sitrep.story;

import org.sitrep.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stories of a store, kept up to date as articles arrive: the {@link StoryClusterer}'s state is saved in the
 * store ({@code STORE/stories/clusterer.bin}) with the store's last change it has seen; each build loads it, adds the
 * articles that arrived since (in date order) and saves it again, so that earlier articles keep their stories and
 * each new article costs the same whatever the size of the store. Other settings than the saved state's, no saved
 * state, or a store taken back to an earlier version since (see {@link Store#recovery()}), start afresh from every
 * article.
 */
public final class StoryBuilder {
    private final StoryClusterer.Settings settings;

    public StoryBuilder(StoryClusterer.Settings settings) {
        this.settings = settings;
    }

    /**
     * Brings a store's stories up to date with default settings, after an ingestion that analysed its articles
     * (stories wait for analysis: they weigh shared entities).
     */
    public static void update(Store store) {
        new StoryBuilder(StoryClusterer.Settings.defaults()).advance(store); // the stories are listed when asked for
    }

    /**
     * Forgets the saved stories and clusters every article afresh: after a reprocessing changed articles or their
     * analysis, which the saved stories would otherwise keep as they were first seen. Story ids may change.
     */
    public List<Story> rebuild(Store store) {
        try {
            java.nio.file.Files.deleteIfExists(state(store));
        } catch (IOException e) {
            throw new StoreException("could not remove the saved stories " + state(store) + ": " + e.getMessage(), e);
        }
        return build(store);
    }

    private static Path state(Store store) {
        return store.dir().resolve("stories").resolve("clusterer.bin");
    }

    /** The store's stories, brought up to date first. */
    public List<Story> build(Store store) {
        StoryClusterer clusterer = advance(store);
        java.util.Set<String> labelled = clusterer.labelEntities();
        return clusterer.stories(store.analyses().entityNames(labelled), store.analyses().surfaceForms(labelled));
    }

    /**
     * The story an article is in, as the saved stories have it (nothing is clustered or written: empty when the
     * article has not joined a story yet, or when there are no saved stories valid for this store).
     */
    public java.util.Optional<Story> savedStoryOf(Store store, String articleId) {
        StoryClusterer.Loaded loaded = saved(store, store.documents().lastChange());
        return loaded == null ? java.util.Optional.empty()
                : loaded.clusterer().storyOf(articleId, store.analyses()::entityNames, store.analyses()::surfaceForms);
    }

    /** The saved stories, when there are some that hold for the store as it is ({@code last}: its last change). */
    private StoryClusterer.Loaded saved(Store store, long last) {
        StoryClusterer.Loaded loaded;
        try {
            loaded = StoryClusterer.load(state(store), settings);
        } catch (IOException e) {
            return null; // unreadable: start afresh, the state is derived data
        }
        if (loaded != null && (loaded.checkpoint() > last || store.recovery().isPresent())) {
            return null; // the store was taken back to an earlier version: the saved stories may hold what it lost
        }
        return loaded;
    }

    /** Loads the saved stories, adds the articles that arrived since and saves them again. */
    private StoryClusterer advance(Store store) {
        Path file = state(store);
        long last = store.documents().lastChange();
        StoryClusterer.Loaded loaded = saved(store, last);
        StoryClusterer clusterer = loaded == null ? new StoryClusterer(settings) : loaded.clusterer();
        long checkpoint = loaded == null ? 0 : loaded.checkpoint();
        if (last > checkpoint) {
            List<Article> fresh = new ArrayList<>();
            store.documents().forEachArticleChangedAfter(checkpoint, (a, seq) -> {
                if (!clusterer.contains(a.id()) && seq <= last) {
                    fresh.add(a);
                }
            });
            fresh.sort(Comparator.comparing((Article a) -> a.publishedDay() == null ? java.time.LocalDate.MAX : a.publishedDay())
                    .thenComparing(Article::id));
            for (Article a : fresh) {
                clusterer.add(new StoryArticle(a.id(), a.title(), a.text(), a.publishedDay(),
                        store.analyses().entitiesOf(a.id()), a.originalUrl()));
            }
            try {
                clusterer.save(file, last);
            } catch (IOException e) {
                throw new StoreException("could not save the stories to " + file + ": " + e.getMessage(), e);
            }
        }
        return clusterer;
    }
}
