package org.sitrep.extract;

import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** One extractor for a test class (Lingua models load once). */
final class ExtractFixture {
    static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor();

    private ExtractFixture() {
    }

    static Article text(byte[] bytes) throws ExtractionException {
        return EXTRACTOR.extract(RawDocument.of("test.txt", DocumentFormat.TEXT, Instant.EPOCH, Map.of(), bytes)).article();
    }

    static Article html(String html, String url) throws ExtractionException {
        return EXTRACTOR.extract(RawDocument.of("test.html", DocumentFormat.HTML, Instant.EPOCH,
                url == null ? Map.of() : Map.of(RawDocument.HINT_URL, url), html.getBytes(StandardCharsets.UTF_8))).article();
    }
}
