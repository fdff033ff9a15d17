package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Articles from corpus records (a CSV row or a JSON object). Columns are recognised by name (url/link,
 * title/headline, date/published, text/body, html, author, summary, language); a field map given at ingest
 * ({@code --map title=headline}) overrides the recognition.
 */
public final class RecordExtractor {
    /** The recognised column names of each field, in order of preference. */
    static final Map<String, List<String>> ALIASES = Map.of(
            "url", List.of("url", "link", "href", "uri", "source_url", "article_url", "permalink"),
            "title", List.of("title", "headline", "heading", "name"),
            "published", List.of("published", "date", "pubdate", "published_at", "publication_date", "datetime",
                    "date_published", "created_at", "time", "timestamp"),
            "text", List.of("text", "body", "content", "article", "maintext", "article_text", "fulltext"),
            "html", List.of("html", "raw_html", "page", "source"),
            "author", List.of("author", "authors", "byline", "creator"),
            "summary", List.of("summary", "description", "lead", "standfirst", "abstract"),
            "language", List.of("language", "lang"),
            "site", List.of("site", "source_name", "publisher", "outlet"));

    private final HtmlExtractor html;

    RecordExtractor(HtmlExtractor html) {
        this.html = html;
    }

    public Article extract(RawDocument raw) throws ExtractionException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(raw.content());
        } catch (IOException e) {
            throw new ExtractionException("unreadable record: " + e.getMessage());
        }
        Map<String, String> fields = resolve(node, raw.hints());
        String url = fields.get("url");
        String title = fields.get("title");
        String published = DateParsing.normalize(fields.get("published"));
        HtmlExtractor.RawDocumentHints hints = new HtmlExtractor.RawDocumentHints(url, title, published, fields.get("author"));
        Article base;
        if (fields.get("text") != null) {
            String text = fields.get("text");
            String summary = fields.get("summary");
            if (summary != null && !text.startsWith(summary.substring(0, Math.min(summary.length(), 40)))) {
                text = summary + "\n\n" + text;
            }
            // A corpus names its fields: its text is the article's text, not a page dump to clean.
            List<String> paragraphs = TextDumpExtractor.blocks(text);
            if (paragraphs.isEmpty()) {
                throw new ExtractionException("the record's text is empty");
            }
            base = new Article(raw.articleId(), raw.id(), title, published, null, fields.get("author"), null, null, url,
                    null, null, null, null, String.join("\n\n", paragraphs));
        } else if (fields.get("html") != null) {
            base = html.extract(raw.articleId(), raw.id(), fields.get("html"), hints);
        } else {
            throw new ExtractionException("the record has no text or html field (fields: " + fieldNames(node)
                    + "; name them with --map text=COLUMN)");
        }
        String language = HtmlMetadata.isoLanguage(fields.get("language"));
        return new Article(base.id(), base.rawId(), title != null ? title : base.title(),
                published != null ? published : base.published(), base.updated(), base.author(),
                HtmlMetadata.first(fields.get("site"), base.site()), base.publisher(), url != null ? url : base.url(),
                base.originalUrl(), language != null ? language : base.language(), base.originalLanguage(),
                base.machineTranslated(), base.text());
    }

    /** Field name to value, by the field map in the hints ("field.title" = "headline") or by the aliases. */
    static Map<String, String> resolve(JsonNode node, Map<String, String> hints) {
        Map<String, String> lower = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = HtmlMetadata.text(e.getValue());
            if (v != null && !v.equalsIgnoreCase("NA") && !v.equalsIgnoreCase("null")) {
                lower.put(e.getKey().strip().toLowerCase(Locale.ROOT), v);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> field : ALIASES.entrySet()) {
            String mapped = hints.get("field." + field.getKey());
            if (mapped != null) {
                String v = lower.get(mapped.strip().toLowerCase(Locale.ROOT));
                if (v != null) {
                    out.put(field.getKey(), v);
                }
                continue;
            }
            for (String alias : field.getValue()) {
                String v = lower.get(alias);
                if (v != null) {
                    out.put(field.getKey(), v);
                    break;
                }
            }
        }
        return out;
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.isEmpty() ? "" : ", ").append(n));
        return sb.toString();
    }
}
