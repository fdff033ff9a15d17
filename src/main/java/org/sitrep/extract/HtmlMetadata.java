package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Article metadata from an HTML page's structured data: JSON-LD, OpenGraph and other meta tags, and the markup. */
final class HtmlMetadata {
    String title;
    String published;
    String updated;
    String author;
    String site;
    String url;
    String language;
    String articleBody;
    /** The publication date of a JSON-LD page node (WebPage, ...) when no article node dates the page. */
    private String pageDate;

    static HtmlMetadata of(Document doc) {
        HtmlMetadata m = new HtmlMetadata();
        m.readJsonLd(doc);
        Map<String, String> metas = metas(doc);
        m.title = first(m.title, meta(metas, "og:title"), meta(metas, "twitter:title"), meta(metas, "title"));
        // the OpenGraph publication time before JSON-LD's, as htmldate reads the head's meta tags first: of the 525
        // development pages, the two where they name different days are dated by the OpenGraph time
        m.published = first(DateParsing.normalize(meta(metas, "article:published_time")), m.published,
                DateParsing.normalize(meta(metas, "og:published_time")),
                DateParsing.normalize(meta(metas, "datePublished")),
                DateParsing.normalize(meta(metas, "publishdate")),
                DateParsing.normalize(meta(metas, "pubdate")),
                DateParsing.normalize(meta(metas, "date")),
                DateParsing.normalize(meta(metas, "dc.date")),
                DateParsing.normalize(meta(metas, "dc.date.issued")),
                DateParsing.normalize(meta(metas, "sailthru.date")),
                DateParsing.normalize(meta(metas, "parsely-pub-date")),
                DateParsing.normalize(itemprop(doc, "datePublished")),
                m.pageDate,
                publishedByKeyName(metas));
        m.updated = first(m.updated, DateParsing.normalize(meta(metas, "article:modified_time")),
                DateParsing.normalize(meta(metas, "og:updated_time")), DateParsing.normalize(itemprop(doc, "dateModified")));
        m.author = first(m.author, meta(metas, "author"), meta(metas, "article:author_name"), meta(metas, "parsely-author"),
                meta(metas, "dc.creator"), meta(metas, "sailthru.author"));
        if (m.author != null && m.author.startsWith("http")) {
            m.author = null; // article:author is often a profile URL
        }
        m.site = first(m.site, meta(metas, "og:site_name"), meta(metas, "application-name"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        m.url = first(canonical == null ? null : canonical.absUrl("href"), meta(metas, "og:url"), m.url);
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        m.language = first(isoLanguage(lang), isoLanguage(meta(metas, "og:locale")), isoLanguage(meta(metas, "content-language")),
                isoLanguage(meta(metas, "language")));
        return m;
    }

    private void readJsonLd(Document doc) {
        for (Element script : doc.select("script[type*=ld+json], script:not([type])")) {
            String data = script.data().strip();
            if (!script.attr("type").contains("ld+json") && !(data.startsWith("{") && data.contains("\"@context\""))) {
                continue; // an ordinary script; JSON-LD is sometimes left without its type, though
            }
            try {
                JsonNode root = Json.mapper().readTree(script.data());
                List<JsonNode> nodes = new ArrayList<>();
                flatten(root, nodes);
                for (JsonNode n : nodes) {
                    if (!isArticleType(n.path("@type"))) {
                        if (isPageType(n.path("@type"))) {
                            pageDate = first(pageDate, DateParsing.normalize(text(n.path("datePublished"))),
                                    DateParsing.normalize(text(n.path("dateCreated"))));
                        }
                        continue;
                    }
                    title = first(title, text(n.path("headline")), text(n.path("name")));
                    published = first(published, DateParsing.normalize(text(n.path("datePublished"))),
                            DateParsing.normalize(text(n.path("dateCreated"))));
                    updated = first(updated, DateParsing.normalize(text(n.path("dateModified"))));
                    author = first(author, personName(n.path("author")));
                    site = first(site, text(n.path("publisher").path("name")));
                    url = first(url, text(n.path("url")), text(n.path("mainEntityOfPage").path("@id")));
                    articleBody = first(articleBody, text(n.path("articleBody")));
                    language = first(language, isoLanguage(text(n.path("inLanguage"))));
                }
            } catch (Exception e) {
                // malformed JSON-LD is common; the other sources remain
            }
        }
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out));
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) {
                flatten(n.get("@graph"), out);
            }
        }
    }

    /** A page that is not typed as an article (WordPress' Yoast graphs date the WebPage node, not the post). */
    private static boolean isPageType(JsonNode type) {
        return typeIs(type, t -> t.endsWith("page") || t.equals("creativework") || t.equals("blog"));
    }

    private static boolean isArticleType(JsonNode type) {
        return typeIs(type, t -> t.contains("article") || t.contains("posting") || t.equals("report"));
    }

    /** Whether a JSON-LD {@code @type} (a name or an array of names) has a name, lower-cased, that passes the test. */
    private static boolean typeIs(JsonNode type, java.util.function.Predicate<String> test) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeIs(t, test)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(type.asText("").toLowerCase(Locale.ROOT));
    }

    private static String personName(JsonNode author) {
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> {
                String n = personName(a);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (author.isObject()) {
            return text(author.path("name"));
        }
        String s = text(author);
        return s == null || s.startsWith("http") ? null : s;
    }

    static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        String s = n.isValueNode() ? n.asText() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The page's meta tags, name (property, name, itemprop or http-equiv; lower case) -> the first non-empty content. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new java.util.LinkedHashMap<>(); // in the page's order
        for (Element e : doc.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (key.isEmpty()) {
                key = e.attr("http-equiv");
            }
            String v = e.attr("content").strip();
            if (!v.isEmpty()) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
            }
        }
        return out;
    }

    /** The last part of a meta key that says it holds a publication date, in any vocabulary ("site:uploaded"). */
    private static final java.util.regex.Pattern PUBLISHED_KEY = java.util.regex.Pattern.compile(
            "(^|[:._-])(published|publishdate|publish_date|publication_date|pubdate|date_published|created|"
                    + "creationdate|creation_date|uploaded|uploaddate|upload_date|releasedate|release_date|issued)(_?time)?$");

    /**
     * A date from a meta tag the named vocabularies above do not cover, whose key says what it is
     * ({@code <meta property="five_hundred_pixels:uploaded" content="2013-02-16T04:36:36-05:00">}); the first in the
     * page that parses.
     */
    private static String publishedByKeyName(Map<String, String> metas) {
        for (Map.Entry<String, String> e : metas.entrySet()) {
            if (PUBLISHED_KEY.matcher(e.getKey()).find()) {
                String d = DateParsing.normalize(e.getValue());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String meta(Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        for (String attr : List.of("content", "datetime")) {
            if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    /** The ISO 639-1 code in a language tag ("en-US", "fr_FR"), or null. */
    static String isoLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            return null;
        }
        String code = t.split("[-_,; ]")[0];
        return code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1)) ? code : null;
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
