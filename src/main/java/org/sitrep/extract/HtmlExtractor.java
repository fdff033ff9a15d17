package org.sitrep.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.util.ArrayList;
import java.util.List;

/** Articles from HTML pages: metadata from structured data and markup, the main text by {@link MainText}. */
public final class HtmlExtractor {

    /** Extracts an article from a page's HTML; {@code hints} come from its container (URL, feed metadata). */
    public Article extract(String id, String rawId, String html, RawDocumentHints hints) throws ExtractionException {
        Document doc = Jsoup.parse(html, hints.url() == null ? "" : hints.url(), Parser.htmlParser());
        HtmlMetadata meta = HtmlMetadata.of(doc);
        String title = HtmlMetadata.first(meta.title, hints.title(), headline(doc), doc.title());
        PublicationDates.Dates dates = PublicationDates.find(doc, hints.url(), meta);
        List<String> paragraphs = MainText.paragraphs(doc); // changes doc: read everything else first
        paragraphs = dropRepeatedTitle(paragraphs, title);
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank()) {
            throw new ExtractionException("no article text found in the page");
        }
        String published = HtmlMetadata.first(dates.published(), DateParsing.normalize(hints.published()));
        return new Article(id, rawId, clean(title), published, dates.updated(), HtmlMetadata.first(meta.author, hints.author()),
                meta.site, null, HtmlMetadata.first(hints.url(), meta.url), null, meta.language, null, null, text);
    }

    /** The day a page was published (ISO yyyy-MM-dd) and where that came from, or nulls: for pages whose text is not needed. */
    public String[] publicationDay(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PublicationDates.Dates d = PublicationDates.find(doc, url, HtmlMetadata.of(doc));
        return new String[]{d.day(), d.source()};
    }

    private static List<String> dropRepeatedTitle(List<String> paragraphs, String title) {
        if (paragraphs.isEmpty() || title == null) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs);
        if (out.get(0).equalsIgnoreCase(title.strip())) {
            out.remove(0);
        }
        return out;
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String clean(String title) {
        return title == null ? null : MainText.normalize(title);
    }

    /** What a container knew about a page before it was read. */
    public record RawDocumentHints(String url, String title, String published, String author) {
        public static RawDocumentHints of(RawDocument raw) {
            return new RawDocumentHints(raw.hint(RawDocument.HINT_URL), raw.hint(RawDocument.HINT_TITLE),
                    raw.hint(RawDocument.HINT_PUBLISHED), raw.hint("author"));
        }
    }
}
