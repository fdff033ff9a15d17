package org.sitrep.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an HTML page's main text.
 * <ol>
 * <li>Markup that is never article text (scripts, navigation, forms, asides, footers) is removed, and so are
 * elements whose class or id names boilerplate, unless they hold much running text.</li>
 * <li>Text blocks (paragraphs, headings, list items, quotes, and divs holding text of their own) are scored: running
 * text with few links is good; link text, very short blocks and boilerplate phrases are bad.</li>
 * <li>The container is the element whose subtree maximises good minus bad text (markup that names an article body
 * weighs in its favour), so that it holds the article's paragraphs and as little else as possible.</li>
 * <li>The article runs from its first to its last strong paragraph, stretched over the running text around them; a
 * line of links, a call or a short label among its paragraphs does not end it.</li>
 * <li>Its blocks are returned in document order, less link lists, boilerplate lines and the author's note at the end;
 * links that are part of the text (words of a sentence, a labelled link, an address) stay.</li>
 * </ol>
 */
final class MainText {
    private static final String REMOVE = "script, style, noscript, template, iframe, nav, footer, aside, svg, "
            + "button, select, input, textarea, object, embed, canvas, audio, video, figure figcaption, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], [role=alert]";
    /** Markup that is usually boilerplate but sometimes wraps a whole page (ASP.NET forms, article headers). */
    private static final String REMOVE_UNLESS_TEXT = "form, header, [role=banner]";
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "share", "sharing", "social", "related",
            "recommended", "recommendations", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent",
            "promo", "promotion", "sidebar", "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
            "advert", "advertisement", "ad", "ads", "adslot", "banner", "popup", "modal", "outbrain", "taboola", "widget",
            "sponsored", "signup", "login", "toolbar", "tags", "tag", "byline", "author", "bio", "masthead", "skip",
            "hidden", "overlay", "paywall", "disclaimer", "trending", "popular", "more", "next", "prev", "pagination",
            "caption", "credit", "meta", "dateline", "timestamp", "print", "toc", "rating", "gallery", "slideshow", "carousel",
            "swiper");
    /** Windows over the page (sign-in forms, community rules, consent): never the article, however much they say. */
    private static final Set<String> WINDOWS = Set.of("modal", "popup");
    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry", "main",
            "post", "story", "text", "blog", "prose", "rich", "richtext", "paywall-article", "storycontent", "postcontent",
            "entrycontent", "articlecontent", "bodytext");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "td", "dd", "dt", "figcaption");
    private static final Set<String> LIST_LIKE = Set.of("li", "td", "dd", "blockquote");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "ul", "ol", "table");
    private static final Set<String> INLINE_TAGS = Set.of("a", "b", "strong", "i", "em", "span", "br", "u", "small", "sup",
            "sub", "mark", "q", "cite", "abbr", "time");
    private static final Evaluator REMOVE_QUERY;
    private static final Evaluator REMOVE_UNLESS_TEXT_QUERY;
    private static final Evaluator LINKS = QueryParser.parse("a");
    private static final Evaluator HREF_LINKS = QueryParser.parse("a[href]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator H1 = QueryParser.parse("h1");
    /** How many alike siblings make a list of cards. */
    private static final int CARDS = 3;
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?iu)^(advertisement|advertising|sponsored( content)?|"
            + "(read|see) (more|also)|related( articles| stories)?|share( this( article| story)?)?|(follow|like) us( on .*)?|"
            + "sign up.*|subscribe.*|click here.*|continue reading.*|story continues below|skip to .*|image( \\d+)?( of \\d+)?|"
            + "photo:.*|credit:.*|getty images|reuters|ap photo.*|this article .* (appeared|was published) .*|"
            + "lire aussi|à lire aussi|leggi anche|lesen sie auch|lea también|читайте также)\\W*$");

    /** Notices that are never article text: cookies, consent, privacy, rights, subscriptions, sharing. */
    private static final Pattern BOILERPLATE_SENTENCE = Pattern.compile("(\\bcookies?\\b|privacy (policy|notice)|"
            + "\\bconsent\\b|all rights reserved|©|\\(c\\) \\d{4}|\\bcopyright\\b|affiliate (and/or referral )?links|"
            + "sign up (for|to)|subscribe (to|now)|newsletter|follow us|share this|sharing is caring|click here|"
            + "turn on notifications|^\\d* ?comments?\\W*$|^(leave|post|add) a (comment|reply)|"
            + "^(like this|gefällt mir|j[’']aime( ça)?|mi piace|me gusta|нравится) ?:|reading time|tempo de leitura|"
            + "temps de lecture|lesezeit|tiempo de lectura|^(tags?|filed under|categories|posted in)\\b)"); // on lower case

    /** A word each of {@link #BOILERPLATE_SENTENCE}'s alternatives holds. */
    private static final List<String> BOILERPLATE_WORDS = List.of("cookie", "privacy", "consent", "rights reserved", "©",
            "(c) ", "copyright", "affiliate", "sign up", "subscribe", "newsletter", "follow us", "shar", "click here",
            "notifications", "comment", "reply", "like this", "gefällt mir", "aime", "mi piace", "me gusta", "нравится",
            "reading time", "tempo de", "temps de", "lesezeit", "tiempo de", "tag", "filed under", "categories", "posted in");

    /** A link's whole text is its address. */
    private static final Pattern WRITTEN_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    /**
     * Labels of links that are no text of the article: links away ("Related post:", "Also:", "Watch:"), image credits
     * ("Image:", "Bildquelle:") and the page's taxonomy ("Category:", "Schlagworte:").
     */
    private static final Pattern LINK_LABEL_ELSEWHERE = Pattern.compile("(?iu)\\b(related|more|also|read|watch|listen|follow|"
            + "source|via|tags?|next|previous|image|images|photos?|pictures?|credits?|fotos?|bild|bildquelle|titelbild|abb|"
            + "category|categories|kategorien?|schlagworte|schlagwörter|stichworte)\\b");

    /** A note on the author at the article's end: "Meg James is a corporate media reporter for the Los Angeles Times". */
    private static final Pattern AUTHOR_BIO = Pattern.compile("\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){1,3} (is|was|has been) "
            + "(an? |the )[^.]{0,80}\\b(reporter|writer|journalist|correspondent|editor|columnist|contributor|author|"
            + "producer|freelancer|blogger|critic)\\b");
    /** "Follow Newsbeat on Instagram, Facebook and YouTube.": an invitation, not the article. */
    private static final Pattern SOCIAL_PROMPT = Pattern.compile("(?iu)(follow|join|like|find) ");

    private static final Pattern PUBLISHING_LABEL = Pattern.compile("(?iuU)\\b(published|updated|posted|modified|"
            + "publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|publicado|actualizado|опубликовано|"
            + "обновлено)\\b");

    static {
        REMOVE_QUERY = QueryParser.parse(REMOVE);
        REMOVE_UNLESS_TEXT_QUERY = QueryParser.parse(REMOVE_UNLESS_TEXT);
    }

    private MainText() {
    }

    /** The paragraphs of the main text, in document order. The document is changed: pass a copy to keep it. */
    static List<String> paragraphs(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select(REMOVE_QUERY).remove();
        removeCards(body); // before headers go: a card's headline is often in one
        for (Element e : body.select(REMOVE_UNLESS_TEXT_QUERY)) {
            if (paragraphText(e) < 400) {
                e.remove();
            }
        }
        removeNegative(body);
        wrapLooseText(body);

        List<Element> blocks = blocks(body);
        Map<Element, double[]> sums = new IdentityHashMap<>(); // element -> {good, bad}
        List<Element> scored = new ArrayList<>(); // in the order first met, so that ties go the same way every run
        for (Element block : blocks) {
            double[] gb = score(block);
            for (Element e = block; e != null; e = e.parent()) {
                double[] s = sums.computeIfAbsent(e, k -> {
                    scored.add(k);
                    return new double[2];
                });
                s[0] += gb[0];
                s[1] += gb[1];
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : scored) {
            double good = sums.get(e)[0];
            double bad = sums.get(e)[1];
            double s = good * classWeight(e) - 1.5 * bad;
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        while (best != body && blocksWithin(blocks, best) == 1 && best.parent() != null && isBlock(best)) {
            best = best.parent(); // a single paragraph won: take its container, the article may be one long block
        }
        List<Element> inside = new ArrayList<>();
        for (Element block : blocks) {
            if (isWithin(block, best) && !blockText(block).isEmpty()) {
                inside.add(block);
            }
        }
        // The article runs from its first to its last strong paragraph; beyond them, only running text is kept.
        int first = -1;
        int last = -1;
        for (int i = 0; i < inside.size(); i++) {
            if (isStrong(inside.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            first = 0;
            last = inside.size() - 1;
        }
        last = beforeRelatedHeading(inside, first, last);
        while (first > 0 && !isEdgeStop(inside.get(first - 1)) && !inside.get(first - 1).tagName().equals("h1")
                && !isDateline(inside.get(first - 1))) {
            first--;
        }
        while (last + 1 < inside.size() && (!isEdgeStop(inside.get(last + 1)) && !isTrailingLabel(inside.get(last + 1))
                || isInTheFlow(inside, last + 1, 1))) {
            last++;
        }
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last && i >= 0; i++) {
            Element block = inside.get(i);
            String text = blockText(block);
            if (BOILERPLATE_LINE.matcher(text).matches() || PageConventions.RELATED_LABEL.matcher(text).matches()
                    || (text.length() < 300 && isBoilerplateSentence(text)) || isPublishingLine(text)
                    || i >= last - 1 && AUTHOR_BIO.matcher(text).lookingAt()) {
                continue;
            }
            double links = linkDensity(block);
            if (isTeaser(block, text) || ((links > 0.5 && text.length() < 300) || (block.tagName().equals("li") && links > 0.3))
                    && !isLinkInText(block, text, links)) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    /**
     * A teaser of another article: a block that opens with a link (the other article's headline) and whose text is cut
     * short ("... the government told Parliament on Wednesday. It...").
     */
    private static boolean isTeaser(Element block, String text) {
        if (!(text.endsWith("...") || text.endsWith("…"))) {
            return false;
        }
        for (Node n : block.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.normalName().equals("a") && e.text().length() >= 15;
        }
        return false;
    }

    /**
     * Where the article ends when a heading such as "You may also like:" or "Related articles" opens what follows it
     * (author bios, comments, more stories) and the article's text before it outweighs what comes after.
     */
    private static int beforeRelatedHeading(List<Element> inside, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            Element block = inside.get(i);
            if (isHeading(block) && PageConventions.RELATED_LABEL.matcher(block.text()).matches()) {
                int before = 0;
                int after = 0;
                for (int j = first; j <= last; j++) {
                    if (j != i && isStrong(inside.get(j))) {
                        if (j < i) {
                            before += inside.get(j).text().length();
                        } else {
                            after += inside.get(j).text().length();
                        }
                    }
                }
                if (before >= after) {
                    return i - 1;
                }
            }
        }
        return last;
    }

    /** A paragraph that is surely article text: long, punctuated, few links. */
    private static boolean isStrong(Element block) {
        String text = block.text();
        return text.length() >= 120 && !isHeading(block) && isSentence(text) && linkDensity(block) < 0.25
                && !isBoilerplateSentence(text);
    }

    /** After the article's last paragraph, a heading or a short label starts something else ("Popular on ..."). */
    private static boolean isTrailingLabel(Element block) {
        String text = block.text();
        return PageConventions.words(text) <= 5 && !PageConventions.endsLikeSentence(text) && !isHeading(block) && !block.normalName().equals("li");
    }

    /**
     * A block that would end the article but sits among its paragraphs: a paragraph of links ("Pro tip: get more ideas
     * here!"), a short list of them, a call such as "CLICK HERE TO GET THE APP" or a short label ("Drink during your
     * workout") in the same parent as the paragraph before it, followed there by running text, or by one more such
     * block ({@code depth}) and then running text.
     */
    private static boolean isInTheFlow(List<Element> inside, int i, int depth) {
        Element block = inside.get(i);
        String text = blockText(block);
        boolean fits = block.normalName().equals("p") || block.normalName().equals("li") && isShortList(block);
        if (!fits || i + 1 >= inside.size() || flowParent(block) != flowParent(inside.get(i - 1))
                || PageConventions.RELATED_LABEL.matcher(text).matches()
                || isBoilerplateSentence(text) && !BOILERPLATE_LINE.matcher(text).matches()) {
            return false;
        }
        Element after = inside.get(i + 1);
        return flowParent(after) == flowParent(block)
                && (!isEdgeStop(after) && !isTrailingLabel(after) || depth > 0 && isInTheFlow(inside, i + 1, depth - 1));
    }

    /** The element a block's text flows in: a paragraph's parent, or a list item's list's parent. */
    private static Element flowParent(Element block) {
        Element parent = block.parent();
        return block.normalName().equals("li") && parent != null ? parent.parent() : parent;
    }

    /**
     * A short block of links that belongs to the article: a sentence whose links are some of its words ("X has been
     * eliminated from “Dancing with the Stars.”"), an address written out, a link after a label of its own ("Account:
     * @name", "See it now: Amazon"), or an item of a list of one or two set in the text that is not all link.
     */
    private static boolean isLinkInText(Element block, String text, double links) {
        if (BOILERPLATE_LINE.matcher(text).matches() || isBoilerplateSentence(text) || isTeaser(block, text)) {
            return false;
        }
        String tag = block.normalName();
        if (!tag.equals("p") && !tag.equals("li")) {
            return false;
        }
        boolean sentence = tag.equals("p") && links <= 0.7 && isSentence(text) && PageConventions.words(text) >= 6
                && !SOCIAL_PROMPT.matcher(text).lookingAt();
        if (sentence || WRITTEN_ADDRESS.matcher(text).matches() || isLabelledLink(block, text)) {
            return true;
        }
        return tag.equals("li") && isShortList(block) && links < 0.9; // one or two headlines alone are related stories
    }

    /** A link after a short label of its own, in mixed case, that neither sends elsewhere nor credits an image. */
    private static boolean isLabelledLink(Element block, String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String label = text.substring(0, colon);
        Element link = block.selectFirst(LINKS);
        return PageConventions.words(label) <= 3 && !label.equals(label.toUpperCase(Locale.ROOT))
                && !LINK_LABEL_ELSEWHERE.matcher(label).find() && !PageConventions.RELATED_LABEL.matcher(label).matches()
                && link != null && !link.text().isEmpty() && text.indexOf(link.text()) > colon;
    }

    /** A list of one or two items. */
    private static boolean isShortList(Element item) {
        Element list = item.parent();
        return list != null && (list.normalName().equals("ul") || list.normalName().equals("ol")) && list.childrenSize() <= 2;
    }

    /** A byline or dateline before the article: a short line holding a date ("By admin - 2018-09-16"). */
    private static boolean isDateline(Element block) {
        String text = block.text();
        return PageConventions.words(text) <= 12 && TextDates.first(text) != null;
    }

    /** A line of the page's metadata: "First Published: Tuesday, November 19, 2019 08:38 AM", "Updated: 10.01.2022". */
    private static boolean isPublishingLine(String text) {
        return PageConventions.words(text) <= 20 && PUBLISHING_LABEL.matcher(text).find() && TextDates.first(text) != null;
    }

    /** Where an article's edge ends: a boilerplate label or notice, or a block of links. */
    private static boolean isEdgeStop(Element block) {
        String text = blockText(block);
        return BOILERPLATE_LINE.matcher(text).matches() || PageConventions.RELATED_LABEL.matcher(text).matches()
                || (text.length() < 300 && isBoilerplateSentence(text)) || linkDensity(block) > 0.6;
    }

    private static boolean isSentence(String text) {
        return endsWithOneOf(text, ".!?…");
    }

    /** Whether the text's last character, before closing quotes, brackets and spaces, is one of {@code marks}. */
    private static boolean endsWithOneOf(String text, String marks) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "'\"”’»)".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && marks.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isHeading(Element block) {
        String tag = block.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isBoilerplateSentence(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : BOILERPLATE_WORDS) {
            if (lower.contains(word)) {
                return BOILERPLATE_SENTENCE.matcher(lower).find(); // most text holds none of them: the regex is slow
            }
        }
        return false;
    }

    /**
     * Text that sits directly in a container beside block children (a div holding text nodes and paragraphs) becomes
     * paragraphs of its own, one per run of inline content, so that it is scored like any other paragraph.
     */
    private static void wrapLooseText(Element body) {
        List<Element> mixed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (!isBlock(el) && hasBlockChild(el) && looseTextLength(el) >= 40) {
                mixed.add(el);
            }
        }
        for (Element el : mixed) {
            List<Node> run = new ArrayList<>();
            for (Node n : new ArrayList<>(el.childNodes())) {
                boolean inline = n instanceof TextNode || n instanceof Element e && INLINE_TAGS.contains(e.normalName());
                if (inline) {
                    run.add(n);
                } else {
                    wrap(run);
                    run.clear();
                }
            }
            wrap(run);
        }
    }

    private static int looseTextLength(Element el) {
        int n = 0;
        for (Node c : el.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            }
        }
        return n;
    }

    private static void wrap(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
        }
        if (text.toString().strip().length() < 20) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n); // moves the node into the new paragraph
        }
    }

    /** Text blocks, outermost first, none inside another. */
    private static List<Element> blocks(Element body) {
        List<Element> out = new ArrayList<>();
        collectBlocks(body, out);
        return out;
    }

    private static void collectBlocks(Element el, List<Element> out) {
        for (Element child : el.children()) {
            if (isBlock(child) && !hasBlockChild(child)) {
                out.add(child);
            } else if (isBlock(child) && LIST_LIKE.contains(child.normalName())) {
                if (ownText(child).length() >= 40) {
                    out.add(child);
                } else {
                    collectBlocks(child, out);
                }
            } else {
                if (ownText(child).length() >= 40) {
                    out.add(child); // text sitting directly in a div, often broken by <br>
                } else {
                    collectBlocks(child, out);
                }
            }
        }
    }

    private static boolean isBlock(Element el) {
        return BLOCK_TAGS.contains(el.normalName());
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) {
            if (isBlock(c) || CONTAINER_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(Element el) {
        StringBuilder sb = new StringBuilder();
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element e && INLINE_TAGS.contains(e.normalName())) {
                sb.append(e.text());
            }
        }
        return sb.toString().strip();
    }

    /** {good, bad} characters of a block. */
    private static double[] score(Element block) {
        String text = block.text();
        int length = text.length();
        if (length == 0) {
            return new double[]{0, 0};
        }
        double links = linkDensity(block);
        double linked = links * length;
        boolean sentence = endsWithOneOf(text, ".!?…:;,") || count(text, '.') + count(text, ',') >= 2;
        boolean heading = isHeading(block);
        if (BOILERPLATE_LINE.matcher(text).matches() || isTeaser(block, text)) {
            return new double[]{0, length};
        }
        if (heading) {
            return new double[]{0, linked};
        }
        if (length >= 80 && links < 0.35 && sentence) {
            return new double[]{length - linked, linked};
        }
        if (length >= 25 && links < 0.2 && sentence) {
            return new double[]{(length - linked) * 0.5, linked};
        }
        return new double[]{0, Math.max(linked, length * 0.3)};
    }

    private static int blocksWithin(List<Element> blocks, Element container) {
        int n = 0;
        for (Element b : blocks) {
            if (isWithin(b, container) && b.text().length() > 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWithin(Element el, Element container) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    private static String blockText(Element block) {
        if (block.getElementsByTag("br").isEmpty()) {
            return normalize(block.text());
        }
        StringBuilder sb = new StringBuilder();
        for (Node n : block.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element e) {
                if (e.tagName().equals("br")) {
                    sb.append('\n');
                } else { // text() trims: "<em>the charm.\" </em>Read" keeps its space
                    String whole = e.wholeText();
                    boolean spaceBefore = !whole.isEmpty() && Character.isWhitespace(whole.charAt(0));
                    boolean spaceAfter = !whole.isEmpty() && Character.isWhitespace(whole.charAt(whole.length() - 1));
                    sb.append(spaceBefore ? " " : "").append(e.text()).append(spaceAfter ? " " : "");
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String l = normalize(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return String.join("\n\n", lines);
    }

    private static void removeNegative(Element body) {
        List<Element> drop = new ArrayList<>();
        Element headline = body.selectFirst(H1);
        Set<Element> holdsHeadline = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (headline != null) {
            holdsHeadline.addAll(headline.parents()); // a layout wrapper ("__next", "page-sidebar-layout") is no boilerplate
        }
        for (Element el : body.getAllElements()) {
            if (el == body || el.tagName().equals("article") || el.tagName().equals("main") || holdsHeadline.contains(el)) {
                continue;
            }
            List<String> tokens = tokens(el);
            if (tokens.isEmpty()) {
                continue;
            }
            boolean negative = false;
            boolean positive = false;
            boolean window = false;
            for (String t : tokens) {
                negative |= NEGATIVE.contains(t);
                positive |= POSITIVE.contains(t);
                window |= WINDOWS.contains(t);
            }
            if (negative && !positive && (window || paragraphText(el) < 400) && !isEmbeddedPost(el)) {
                drop.add(el);
            }
        }
        drop.forEach(Node::remove);
    }

    /**
     * A post the article quotes, embedded from a social network ("social-media-embed" around a blockquote): what
     * someone said, part of the article.
     */
    private static boolean isEmbeddedPost(Element el) {
        int quoted = 0;
        for (Element q : el.getElementsByTag("blockquote")) {
            quoted += q.text().length();
        }
        return quoted > 0 && quoted >= 0.8 * el.text().length();
    }

    /**
     * Lists of cards that lead to other articles: three or more sibling elements of the same tag and class, at least
     * two thirds of them with a heading that is all link and little text of their own (a teaser at most).
     */
    private static void removeCards(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < CARDS) {
                continue;
            }
            Map<String, List<Element>> bySignature = new java.util.HashMap<>();
            for (Element child : parent.children()) {
                bySignature.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
            }
            for (List<Element> group : bySignature.values()) {
                if (group.size() < CARDS) {
                    continue;
                }
                long cards = group.stream().filter(MainText::isCard).count();
                long filled = group.stream().filter(Element::hasText).count(); // empty ones are advertisement slots
                if (cards >= CARDS && cards * 3 >= filled * 2) { // the odd one out is an advertisement
                    drop.addAll(group);
                }
            }
        }
        drop.forEach(Node::remove);
    }

    private static boolean isCard(Element el) {
        Element heading = el.selectFirst(HEADINGS);
        if (heading == null) {
            return false;
        }
        String title = heading.text();
        Element link = heading.selectFirst(HREF_LINKS);
        return link != null && title.length() >= 15 && link.text().length() >= title.length() * 0.9
                && el.text().length() - title.length() < 400;
    }

    private static int paragraphText(Element el) {
        int n = 0;
        for (Element p : el.select(PARAGRAPHS)) {
            if (linkDensity(p) < 0.3) {
                n += p.text().length();
            }
        }
        return n;
    }

    /** The words of an element's class and id: "article-body__content" -> article, body, content, articlebody... */
    private static List<String> tokens(Element el) {
        String className = el.className();
        String id = el.id();
        if (className.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : new String[]{className, id}) {
            StringBuilder whole = new StringBuilder();
            StringBuilder part = new StringBuilder();
            char prev = ' ';
            for (int i = 0; i <= name.length(); i++) {
                char c = i < name.length() ? name.charAt(i) : ' ';
                boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
                if (c == ' ' || c == '-' || c == '_' || camel) {
                    if (part.length() > 0) {
                        out.add(part.toString());
                        part.setLength(0);
                    }
                    if (c == ' ' && whole.length() > 0) {
                        out.add(whole.toString());
                        whole.setLength(0);
                    }
                }
                if (c != ' ' && c != '-' && c != '_') {
                    char lower = Character.toLowerCase(c);
                    part.append(lower);
                    whole.append(lower);
                }
                prev = c;
            }
        }
        return out;
    }

    private static double classWeight(Element el) {
        if (el.hasAttr("itemprop") && el.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return 1.5;
        }
        for (String t : tokens(el)) {
            if (POSITIVE.contains(t)) {
                return 1.2;
            }
        }
        return el.tagName().equals("article") || el.tagName().equals("main") ? 1.2 : 1.0;
    }

    static double linkDensity(Element el) {
        int total = el.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : el.select(LINKS)) {
            linked += a.text().length();
        }
        return Math.min(1.0, linked / (double) total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Collapses runs of white space. */
    static String normalize(String text) {
        StringBuilder out = null; // made only when the text has something to change
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n'
                    || c == '\u00a0';
            if (out == null && white && (c != ' ' || space)) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !(white && space)) {
                out.append(white ? ' ' : c);
            }
            space = white;
        }
        return (out == null ? text : out.toString()).strip();
    }
}
