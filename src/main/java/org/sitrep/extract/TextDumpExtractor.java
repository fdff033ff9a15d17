package org.sitrep.extract;

import org.sitrep.model.Article;

import java.util.ArrayList;
import java.util.List;

/** Articles from plain-text dumps of web pages. */
public final class TextDumpExtractor {

    public Article extract(String id, String rawId, String text, HtmlExtractor.RawDocumentHints hints) throws ExtractionException {
        List<String> paragraphs = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = para.strip().replaceAll("[ \\t]*\n[ \\t]*", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("no text");
        }
        String title = hints.title();
        if (title == null && paragraphs.size() > 1 && paragraphs.get(0).length() < 200
                && !paragraphs.get(0).matches(".*[.!?]$")) {
            title = paragraphs.remove(0);
        }
        return new Article(id, rawId, title, DateParsing.normalize(hints.published()), null, hints.author(), null, null,
                hints.url(), null, null, null, null, String.join("\n\n", paragraphs));
    }
}
