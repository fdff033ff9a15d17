package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.Entity;
import org.sitrep.analyze.Mention;
import org.sitrep.analyze.Quote;
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

/** A quote's speaker is named as the store names the speaker's entity, whatever spelling the quoting article used. */
class QuoteSpeakerNameTest {

    @Test
    void quotesOfOnePersonSpelledTwoWaysBearOneName(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            save(store, "\"We will not give up,\" said Mykhailo Podolyak.", "Mykhailo Podolyak");
            save(store, "\"Talks go on,\" said Mykhailo Podoliak, an adviser.", "Mykhailo Podoliak");
            List<AnalysisStore.StoredQuote> quotes = store.analyses().quotes(null);
            assertThat(quotes).extracting(AnalysisStore.StoredQuote::speaker).containsExactly("Mykhailo Podolyak", "Mykhailo Podolyak");
            assertThat(quotes).extracting(AnalysisStore.StoredQuote::speakerText)
                    .containsExactlyInAnyOrder("Mykhailo Podolyak", "Mykhailo Podoliak"); // the text as written stays
            assertThat(store.analyses().quotes("Podoliak")).hasSize(2); // either spelling finds both
        }
    }

    private static void save(Store store, String text, String name) {
        RawDocument raw = RawDocument.of("test:" + text.hashCode(), DocumentFormat.TEXT, Instant.parse("2022-04-04T00:00:00Z"),
                Map.of(), text.getBytes(StandardCharsets.UTF_8));
        Article article = new Article(raw.articleId(), raw.id(), "t", "2022-04-04", null, null, null, null, null, null,
                "en", null, null, text);
        store.save(raw, article);
        int at = text.indexOf(name);
        String id = "person:" + name.toLowerCase().replace(' ', '-');
        Entity person = new Entity(id, name, "PERSON", List.of(new Mention(name, at, at + name.length(), null)), List.of());
        int close = text.indexOf('"', 1);
        Quote quote = new Quote(text.substring(1, close), 0, close + 1, name, id, name, "full");
        store.analyses().save(new AnalyzedArticle(article, new ReferenceDate(java.time.LocalDate.of(2022, 4, 4), "published"),
                List.of(person), List.of(quote), List.of(), List.of(), 5));
    }
}
