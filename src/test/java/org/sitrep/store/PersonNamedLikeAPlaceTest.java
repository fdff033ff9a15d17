package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.Entity;
import org.sitrep.analyze.Mention;
import org.sitrep.analyze.ReferenceDate;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name the tagger calls a person in some articles and a place in others ("Bucha", "Babyn Yar") is one place in the
 * store, whichever came first; a person known by another or a fuller name is left alone.
 */
class PersonNamedLikeAPlaceTest {

    @Test
    void aNameTheStoreKnowsAsAPlaceIsThatPlace(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            save(store, "Shelling went on. Bucha was hit.", new Entity("person:bucha", "Bucha", "PERSON",
                    List.of(new Mention("Bucha", 19, 24, null)), List.of()));
            save(store, "The town of Bucha was freed. Ivan Smith spoke.", new Entity("place:bucha", "Bucha", "LOCATION",
                    List.of(new Mention("Bucha", 12, 17, null)), List.of()), new Entity("person:ivan-smith", "Ivan Smith",
                    "PERSON", List.of(new Mention("Ivan Smith", 29, 39, null)), List.of()));
            save(store, "Bucha mourned. Smith visited.", new Entity("person:bucha", "Bucha", "PERSON",
                    List.of(new Mention("Bucha", 0, 5, null)), List.of()), new Entity("person:smith", "Smith", "PERSON",
                    List.of(new Mention("Smith", 15, 20, null)), List.of("visitor")));

            save(store, "Reutov grew. The mayor of Reutov spoke.", new Entity("person:reutov", "Reutov", "PERSON",
                    List.of(new Mention("Reutov", 0, 6, null)), List.of()), new Entity("place:reutov", "Reutov", "LOCATION",
                    List.of(new Mention("Reutov", 26, 32, null)), List.of())); // both in one article

            save(store, "They remembered Babyn Yar.", new Entity("person:babyn-yar", "Babyn Yar", "PERSON",
                    List.of(new Mention("Babyn Yar", 16, 25, null)), List.of()));
            save(store, "A memorial at Babyn Yar opened.", new Entity("place:babyn-yar", "Babyn Yar", "LOCATION",
                    List.of(new Mention("Babyn Yar", 14, 23, null)), List.of()));

            List<AnalysisStore.EntitySummary> entities = store.analyses().entities();
            assertThat(entities).filteredOn(e -> e.name().equals("Babyn Yar"))
                    .extracting(AnalysisStore.EntitySummary::type, AnalysisStore.EntitySummary::mentions)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("LOCATION", 2L));
            assertThat(entities).filteredOn(e -> e.name().equals("Reutov"))
                    .extracting(AnalysisStore.EntitySummary::type, AnalysisStore.EntitySummary::mentions)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("LOCATION", 2L));
            assertThat(entities).filteredOn(e -> e.name().equals("Bucha"))
                    .extracting(AnalysisStore.EntitySummary::type, AnalysisStore.EntitySummary::mentions)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("LOCATION", 3L));
            assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(AnalysisStore.EntitySummary::name)
                    .containsExactly("Ivan Smith");
        }
    }

    private static void save(Store store, String text, Entity... entities) {
        RawDocument raw = RawDocument.of("test:" + text.hashCode(), DocumentFormat.TEXT, Instant.parse("2022-04-04T00:00:00Z"),
                Map.of(), text.getBytes(StandardCharsets.UTF_8));
        Article article = new Article(raw.articleId(), raw.id(), "t", "2022-04-04", null, null, null, null, null, null,
                "en", null, null, text);
        store.save(raw, article);
        store.analyses().save(new AnalyzedArticle(article, new ReferenceDate(java.time.LocalDate.of(2022, 4, 4), "published"), List.of(entities), List.of(),
                List.of(), List.of(), 5));
    }
}
