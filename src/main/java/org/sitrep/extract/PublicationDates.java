package org.sitrep.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication and update dates of an HTML page, from the most to the least reliable evidence: structured data
 * (OpenGraph, JSON-LD, meta tags), a full date in the URL, {@code <time>} and date-classed elements, scripts, data
 * attributes, "Published ..." phrases, and the first date after the headline; but the day the page shows when it is
 * that of its structured modification date (a republished article), or one day off a structured date in UTC or
 * without a time of day. Dates of comments, related links, copyright lines and members' registrations are passed over.
 */
final class PublicationDates {
    /**
     * A member's registration right before a date, in a forum post's profile box ("Registriert: 18.09.2008", "Joined
     * on"): not a publication date.
     */
    private static final Pattern REGISTERED_LABEL = Pattern.compile("(?iu)\\b(registriert|registered|joined|"
            + "member since|mitglied seit|inscrit|iscritto|registrado|зарегистрирован)(\\s+(am|on|le|il|el|с))?\\s*:?\\s*$");
    /** A date in a URL path: /2019/11/18/, /2019-11-18/, /20191118/, -20200718.html. */
    private static final Pattern URL_DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?![0-9])");
    /** A day-first date in a URL path: /29-10-2021, -29.10.2021. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile("(?<![0-9])(0[1-9]|[12]\\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern PUBLISHED_PHRASE = Pattern.compile("(?iu)\\b(published|posted|first published|released|"
            + "publié|mis en ligne|pubblicato|veröffentlicht|erschienen|stand|publicado|опубликовано|date|datum|fecha|дата)\\s*(on|le|il|am|el)?\\s*:?");
    /** A participle that follows the date it states (German word order: "wurde am 3. Dezember 2011 veröffentlicht"). */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile("(?iu)\\b(veröffentlicht|erschienen)\\b");
    private static final Pattern UPDATED_PHRASE = Pattern.compile("(?iu)(updated|modified|last updated|mis à jour|"
            + "aggiornato|aktualisiert|geändert|actualizado|обновлено)");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)(^|[-_ ])(date|time|datetime|timestamp|published|publish|"
            + "pubdate|posted|postdate|entry-date|post-date|article-date|dateline|meta|byline|datum|fecha|data)([-_ ]|$)");
    private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i)comment|reply|related|footer|copyright|widget|sidebar|"
            + "recommend|teaser|event|calendar|archive|expir|modified|updated");
    private static final Evaluator TIME = QueryParser.parse("time, abbr[title], [itemprop=datePublished], [itemprop=dateCreated], "
            + "[property$=datePublished][content], [property$=dateCreated][content]");
    private static final Pattern RDF_DATE = Pattern.compile("dc:date=\"([^\"]{8,40})\"");
    private static final Evaluator TIME_ELEMENTS = QueryParser.parse("time");
    private static final Evaluator SCRIPT = QueryParser.parse("script");
    private static final Pattern SCRIPT_DATE = Pattern.compile("\"(datePublished|dateCreated|published_at|publishedAt|"
            + "publishDate|publish_date|publishedDate|pubDate|first_published_at|date_published)\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Evaluator DATED = QueryParser.parse("[class], [id]");
    /** Data attributes that hold a date or time: data-date, data-time, data-timestamp, data-publish-date, ... */
    private static final Pattern DATA_DATE = Pattern.compile("(?i)data-(date|time|datetime|timestamp|published|publish-date|"
            + "pubdate|publishdate|date-published|date-iso|date-time)");
    /** Seconds or milliseconds since 1970 (ten or thirteen digits). */
    private static final Pattern EPOCH = Pattern.compile("1\\d{9}(\\d{3})?");
    /** A script that only calls a function with a date: {@code showDate("2020/04/17 01:43:09")}. */
    private static final Pattern WRITTEN_DATE = Pattern.compile("\\s*[\\w.$]+\\(\\s*[\"']([^\"']{8,40})[\"']\\s*\\)\\s*;?\\s*");
    /**
     * Class or id words of comments, related links, footers and sidebars, as words: "comment-list", "relatedPosts", not
     * "ArticleHeaderComment" (the header of an opinion piece).
     */
    private static final Pattern NOISE_NAME = Pattern.compile("(^|[-_ ])(comment|related|footer|sidebar)");
    private static final java.util.Set<String> NOISE_TAGS = java.util.Set.of("script", "style", "noscript", "template",
            "footer", "aside", "nav");
    /** Class or id words of navigation bars ("navwrap", "navtop", "main-nav"), whose date is today's, not the page's. */
    private static final Pattern NAVIGATION = Pattern.compile("(^|[-_ ])nav");
    private static final Evaluator LABELS = QueryParser.parse("dt, th");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)\\s*(date|datum|fecha|data|дата|published|"
            + "publication date|veröffentlicht|publié le|date de publication|pubblicato|publicado)\\s*:?\\s*");
    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    /** A photo's caption: a figcaption or a caption-classed element. */
    private static final Evaluator CAPTIONS = QueryParser.parse("figcaption, .wp-caption-text");
    /** A block that holds an image, perhaps with its caption as a line of text beside it. */
    private static final Evaluator IMAGE_BLOCKS = QueryParser.parse("div:has(> img), p:has(> img)");
    private static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3");
    private static final Evaluator NOISE = QueryParser.parse("script, style, noscript, template, footer, aside, nav, "
            + "[class*=comment], [id*=comment], [class*=related], [class*=footer], [id*=footer], [class*=sidebar]");

    /**
     * @param published the publication date or date-time (ISO 8601), or null
     * @param day       the publication day in the publisher's own calendar (ISO yyyy-MM-dd), or null
     * @param source    where the publication date came from: structured-data, url, element, phrase, text; or null
     */
    record Dates(String published, String updated, String day, String source) {
    }

    private PublicationDates() {
    }

    static Dates find(Document doc, String url, HtmlMetadata meta) {
        String published = meta.published;
        String updated = meta.updated;
        String source = published == null ? null : "structured-data";
        String urlDay = urlDate(url != null ? url : meta.url);
        if (published == null && urlDay != null) {
            published = urlDay;
            source = "url";
        }
        if (published == null) {
            published = fromElements(doc);
            source = published == null ? null : "element";
        }
        if (published == null) {
            published = fromScripts(doc);
            source = published == null ? null : "script";
        }
        if (published == null) {
            published = fromDataAttributes(doc);
            source = published == null ? null : "element";
        }
        if (published == null) {
            published = fromRdfComments(doc);
            source = published == null ? null : "structured-data";
        }
        if (published == null) {
            String[] found = fromText(doc);
            published = found == null ? null : found[0];
            source = found == null ? null : found[1];
        }
        if ("structured-data".equals(source) && updated != null) {
            String[] shown = republished(doc, published, updated, urlDay);
            if (shown != null) {
                published = shown[0];
                source = shown[1];
            }
        }
        String day = published == null ? null : published.substring(0, 10);
        if (day != null && urlDay != null && !day.equals(urlDay) && daysApart(day, urlDay) <= 1) {
            day = urlDay; // a timestamp in UTC can fall on the next or previous day of the publisher's calendar
        } else if (day != null && urlDay == null && "structured-data".equals(source)
                && (inUtc(published) || published.length() == 10)) {
            // a day without a time of day can be an edition's (a newspaper's print issue of the next morning)
            String shown = shownDay(doc); // the day the page shows, in the publisher's calendar
            if (shown != null && !shown.substring(0, 10).equals(day) && daysApart(day, shown.substring(0, 10)) <= 1
                    && !inUtc(shown)) {
                day = shown.substring(0, 10);
                published = published.length() == 10 ? day : published; // a timestamp is right, only its day was not
            }
        }
        return new Dates(published, updated, day, source);
    }

    /** The page's headline: its h1, else the first h2 or h3 that the page's title repeats. */
    private static Element headline(Document doc) {
        Element h1 = doc.selectFirst(HEADLINE);
        if (h1 != null) {
            return h1;
        }
        String title = doc.title();
        for (Element h : doc.select(SUBHEADINGS)) {
            String text = h.text();
            if (text.length() >= 10 && title.contains(text)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The elements that hold the page's headline, and those that hold a copy of it (a sticky header or a sidebar
     * that repeats the headline with its date): the article's own containers, whatever their layout classes say.
     */
    private static java.util.Set<Element> aroundHeadline(Document doc) {
        Element h1 = headline(doc);
        if (h1 == null) {
            return java.util.Set.of();
        }
        java.util.Set<Element> around = new java.util.HashSet<>(h1.parents());
        String headline = h1.text();
        if (headline.length() >= 15) {
            for (Element e : doc.getAllElements()) {
                if (e != h1 && e.childrenSize() == 0 && !e.normalName().equals("title") && e.ownText().equals(headline)
                        && e.closest("a") == null) {
                    around.addAll(e.parents()); // a link with the headline's words is a teaser, not a copy
                }
            }
        }
        return around;
    }

    private static long daysApart(String a, String b) {
        return Math.abs(LocalDate.parse(a.substring(0, 10)).toEpochDay() - LocalDate.parse(b.substring(0, 10)).toEpochDay());
    }

    /** A date-time stated in UTC, which need not be the publisher's own day. */
    private static boolean inUtc(String iso) {
        return iso.length() > 10 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
    }

    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (d.getYear() >= 1995 && d.getYear() <= 2100) {
                    return d.toString();
                }
            } catch (java.time.DateTimeException e) {
                // not a date
            }
        }
        Matcher dmy = URL_DAY_FIRST.matcher(path);
        while (dmy.find()) {
            int day = Integer.parseInt(dmy.group(1));
            int year = Integer.parseInt(dmy.group(3));
            if (day > 12 && year >= 1995 && year <= 2100) { // a day that cannot be a month: 29-10-2021, not 03-04-2021
                try {
                    return LocalDate.of(year, Integer.parseInt(dmy.group(2)), day).toString();
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
        }
        return null;
    }

    /** time[datetime], abbr[title], itemprop dates, then elements whose class or id says they hold a date. */
    private static String fromElements(Document doc) {
        java.util.Set<Element> aroundHeadline = aroundHeadline(doc);
        for (Element t : doc.select(TIME)) {
            if (inNoise(t, aroundHeadline) || t.closest("blockquote") != null) {
                continue; // a quoted or embedded post carries its own date
            }
            String value = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content")
                    : t.hasAttr("title") ? t.attr("title") : t.text();
            String d = parse(value);
            if (d != null && !UPDATED_PHRASE.matcher(context(t)).find()) {
                return d;
            }
        }
        String classed = fromDateClassed(doc, aroundHeadline);
        if (classed != null) {
            return classed;
        }
        for (Element label : doc.select(LABELS)) {
            Element value = label.nextElementSibling();
            if (value != null && DATE_LABEL.matcher(label.text()).matches() && !inNoise(label, aroundHeadline, false)) {
                String d = parse(value.text().length() > 60 ? "" : value.text());
                if (d != null) {
                    return d; // <dt>Datum</dt><dd>12.01.2017</dd>, often in an aside of metadata
                }
            }
        }
        return null;
    }

    /**
     * The first publication day the page shows its reader: the text of its {@code <time>} elements (or their
     * datetime when it is local time with an offset), then of the elements whose class says they hold a date; not
     * meta tags, nor times in UTC.
     */
    private static String shownDay(Document doc) {
        java.util.Set<Element> aroundHeadline = aroundHeadline(doc);
        for (Element t : doc.select(TIME_ELEMENTS)) {
            if (!inNoise(t, aroundHeadline) && t.closest("blockquote") == null && !UPDATED_PHRASE.matcher(context(t)).find()) {
                TextDates.Found f = TextDates.first(t.text());
                if (f != null) {
                    return f.date().toString();
                }
                String attribute = DateParsing.normalize(t.attr("datetime"));
                if (attribute != null && attribute.length() > 10 && !inUtc(attribute)) {
                    return attribute.substring(0, 10); // a local time with its offset: the publisher's day
                }
            }
        }
        return fromDateClassed(doc, aroundHeadline);
    }

    /** The publication date in the short text of an element whose class or id says it holds one ("post-date"). */
    private static String fromDateClassed(Document doc, java.util.Set<Element> aroundHeadline) {
        for (Element e : doc.select(DATED)) {
            String ci = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(ci).find() || NOT_PUBLICATION.matcher(ci).find() || inNoise(e, aroundHeadline)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200 || text.isEmpty()) {
                continue;
            }
            String d = publishedIn(text);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The {@code dc:date} of an RDF description that blog platforms leave in an HTML comment for trackbacks
     * ({@code <rdf:Description rdf:about="..." dc:date="2020-07-12T22:00:00+09:00"/>}).
     */
    private static String fromRdfComments(Document doc) {
        String[] found = new String[1];
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (found[0] == null && node instanceof org.jsoup.nodes.Comment c && c.getData().contains("rdf:Description")) {
                Matcher m = RDF_DATE.matcher(c.getData());
                if (m.find()) {
                    found[0] = DateParsing.normalize(m.group(1));
                }
            }
        }, doc);
        return found[0];
    }

    /**
     * The first publication date a page's scripts state in a JSON key ("datePublished", "published_at", ...), else a
     * date a script writes into the page where it stands: a lone call with a date, {@code showDate("2020/04/17 01:43")}.
     */
    private static String fromScripts(Document doc) {
        String written = null;
        for (Element script : doc.select(SCRIPT)) {
            String data = script.data();
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                String d = DateParsing.normalize(m.group(2).replace("\\/", "/"));
                if (d != null) {
                    return d;
                }
            }
            if (written == null && data.length() < 120 && script.closest("head") == null) {
                Matcher call = WRITTEN_DATE.matcher(data);
                if (call.matches()) {
                    TextDates.Found f = TextDates.first(call.group(1));
                    written = f == null ? null : f.date().toString();
                }
            }
        }
        return written;
    }

    /**
     * The first date an element states in a data attribute for the page's scripts ({@code data-date="18. März 2020"},
     * {@code data-timestamp="1594448702"}), outside comments, related links and navigation.
     */
    private static String fromDataAttributes(Document doc) {
        java.util.Set<Element> aroundHeadline = aroundHeadline(doc);
        for (Element e : doc.body() == null ? new org.jsoup.select.Elements() : doc.body().getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (!DATA_DATE.matcher(a.getKey()).matches() || a.getValue().isBlank()) {
                    continue;
                }
                String v = a.getValue().strip();
                String d = EPOCH.matcher(v).matches()
                        ? java.time.Instant.ofEpochSecond(Long.parseLong(v.substring(0, 10))).toString().substring(0, 10)
                        : parse(v.length() > 40 ? "" : v);
                if (d != null && !inNoise(e, aroundHeadline)
                        && !NOT_PUBLICATION.matcher(e.className() + " " + e.id()).find()) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The day a page shows its reader as its date, when that is the day of its structured dateModified and not of its
     * datePublished: the page presents the modification as its publication (a republished article, whose record was
     * created earlier), with its source; else null. The shown date is the first publication date of the page's
     * {@code <time>} and date-classed elements, else the first after its headline; a date labelled "updated" is not.
     */
    private static String[] republished(Document doc, String published, String updated, String urlDay) {
        String updatedDay = updated.length() >= 10 ? updated.substring(0, 10) : null;
        if (updatedDay == null || updatedDay.equals(published.substring(0, 10))
                || urlDay != null && !urlDay.equals(updatedDay)) {
            return null;
        }
        String shown = shownDay(doc);
        String[] found = shown != null ? new String[]{shown, "element"} : fromText(doc);
        return found != null && found[0].startsWith(updatedDay) ? new String[]{updated, found[1]} : null;
    }

    /** "Published ..." phrases anywhere, else the first date after the headline. */
    private static String[] fromText(Document doc) {
        Document clean = doc.clone();
        Element h1 = headline(clean);
        java.util.Set<Element> aroundHeadline = aroundHeadline(clean);
        for (Element noise : clean.select(NOISE)) {
            String tag = noise.normalName();
            boolean named = NOISE_TAGS.contains(tag)
                    || NOISE_NAME.matcher((noise.className() + " " + noise.id()).toLowerCase(Locale.ROOT)).find();
            if (named && !tag.equals("body") && !tag.equals("html") && !aroundHeadline.contains(noise)) {
                noise.remove(); // not the page itself nor what holds its headline ("one-sidebar" layouts)
            }
        }
        // a photo's caption dates the photo ("... France, January 16, 2020. Pool via REUTERS"), not the story
        clean.select(CAPTIONS).remove();
        for (Element block : clean.select(IMAGE_BLOCKS)) {
            if (block.text().length() < 400 && block.ownText().length() > 20) {
                block.remove(); // an image and a line of text: its caption
            }
        }
        String text = clean.body() == null ? "" : clean.body().text();
        Matcher p = PUBLISHED_PHRASE.matcher(text);
        while (p.find()) {
            String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
            TextDates.Found f = TextDates.first(after);
            if (f != null && f.start() < 15) {
                return new String[]{f.date().toString(), "phrase"};
            }
        }
        Matcher v = PUBLISHED_AFTER.matcher(text);
        while (v.find()) {
            String before = text.substring(Math.max(0, v.start() - 60), v.start());
            List<TextDates.Found> dates = TextDates.find(before);
            if (!dates.isEmpty() && before.length() - dates.get(dates.size() - 1).end() < 25) {
                return new String[]{dates.get(dates.size() - 1).date().toString(), "phrase"}; // "am 3. Dezember 2011 veröffentlicht"
            }
        }
        int from = 0;
        if (h1 != null) {
            int at = text.indexOf(h1.text());
            from = at < 0 ? 0 : at;
        }
        String stamped = from > 0 ? lastDate(text.substring(Math.max(0, from - 150), from), true) : null;
        if (stamped != null) {
            return new String[]{stamped, "text"}; // "02.02.2022 10:16 Uhr - Bundesliga" right above the headline
        }
        String after = firstDate(text.substring(from, Math.min(text.length(), from + 1500)));
        if (after == null && from > 0) {
            after = lastDate(text.substring(Math.max(0, from - 150), from)); // a date line just above the headline
        }
        if (after == null && text.length() > from + 1500) {
            after = firstDate(text.substring(from + 1500, Math.min(text.length(), from + 6000)));
        }
        return after == null ? null : new String[]{after, "text"};
    }

    private static String firstDate(String window) {
        for (TextDates.Found f : TextDates.find(window)) {
            if (!unrelated(window, f)) {
                return f.date().toString();
            }
        }
        return null;
    }

    private static String lastDate(String window) {
        return lastDate(window, false);
    }

    /**
     * The last date in a window, not a copyright's or an update's.
     *
     * @param stamped only a date with a time of day ("02.02.2022 10:16"): a publishing stamp, not a date in a story
     */
    private static String lastDate(String window, boolean stamped) {
        String last = null;
        for (TextDates.Found f : TextDates.find(window)) {
            if (!unrelated(window, f) && (!stamped || f.time() != null)) {
                last = f.date().toString();
            }
        }
        return last;
    }

    private static boolean unrelated(String window, TextDates.Found f) {
        String around = window.substring(Math.max(0, f.start() - 30), f.start()).toLowerCase(Locale.ROOT);
        return around.contains("©") || around.contains("copyright") || UPDATED_PHRASE.matcher(around).find()
                || REGISTERED_LABEL.matcher(around).find();
    }

    /** The publication date in a short text that may state both ("Published 3 May, updated 5 May"). */
    private static String publishedIn(String text) {
        List<TextDates.Found> dates = TextDates.find(text);
        int previous = 0;
        for (TextDates.Found f : dates) {
            String before = text.substring(Math.min(previous, f.start()), f.start());
            previous = f.end();
            if (UPDATED_PHRASE.matcher(before).find()) {
                continue;
            }
            return f.date().toString();
        }
        return null;
    }

    private static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = DateParsing.normalize(value);
        if (iso != null) {
            return iso;
        }
        TextDates.Found f = TextDates.first(value);
        return f == null ? null : f.iso();
    }

    private static String context(Element e) {
        Element p = e.parent();
        String ci = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return ci + " " + (p == null ? "" : p.className() + " " + p.ownText());
    }

    /** Whether an element sits in a footer, navigation, sidebar, comments or related links; not if these hold the headline. */
    private static boolean inNoise(Element e, java.util.Set<Element> aroundHeadline) {
        return inNoise(e, aroundHeadline, true);
    }

    /** @param asides whether an aside outside the article is noise (not when a label says what the date is) */
    private static boolean inNoise(Element e, java.util.Set<Element> aroundHeadline, boolean asides) {
        for (Element p = e; p != null; p = p.parent()) {
            if (aroundHeadline.contains(p)) {
                return false; // the container of the page's headline is its article, whatever its layout classes say
            }
            String tag = p.normalName();
            if (tag.equals("main") || tag.equals("body") || tag.equals("html")) {
                return false; // inside the main content (or up at the page, whose classes describe its layout)
            }
            if (tag.equals("nav") || (tag.equals("footer") || asides && tag.equals("aside")) && p.closest("article") == null) {
                return true; // an aside or footer inside the article is its byline or meta box
            }
            String ci = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (NAVIGATION.matcher(ci).find() || NOISE_NAME.matcher(ci).find() || ci.contains("teaser") || ci.contains("recommend")) {
                return true;
            }
        }
        return false;
    }
}
