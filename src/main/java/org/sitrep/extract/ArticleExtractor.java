package org.sitrep.extract;

import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.util.List;

/** Derives an article (clean text and true metadata) from a raw document. Implementations are thread-safe. */
public interface ArticleExtractor {

    /**
     * @param article  what was derived
     * @param warnings what the reader should know (a mislabelled charset, ...)
     */
    record Extraction(Article article, List<String> warnings) {
        public Extraction {
            warnings = List.copyOf(warnings);
        }
    }

    Extraction extract(RawDocument raw) throws ExtractionException;
}
