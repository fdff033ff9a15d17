package org.sitrep.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds an HTML page's main text: boilerplate containers removed, text blocks scored by length, punctuation and link
 * density, the best container chosen, and its blocks returned in document order as paragraphs.
 */
final class MainText {
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|related|recommend|newsletter|subscri|cookie|consent|promo|sidebar|"
                    + "footer|nav|menu|breadcrumb|advert|\\bads?\\b|ad-|banner|popup|modal|outbrain|taboola|"
                    + "widget|sponsor|signup|login|toolbar|tags|byline|author-bio|masthead|skip", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd";
    private static final String REMOVE = "script, style, noscript, template, iframe, form, nav, footer, aside, svg, "
            + "button, select, input, textarea, object, embed, canvas, audio, video, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner]";

    private MainText() {
    }

    /** The paragraphs of the main text, in document order. */
    static List<String> paragraphs(Document original) {
        Document doc = original.clone();
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select(REMOVE).remove();
        removeNegative(body);

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : body.select(BLOCKS)) {
            String text = block.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + count(text, ',') + count(text, '.') * 0.5 + Math.min(text.length() / 100.0, 3);
            score *= 1 - linkDensity(block);
            Element parent = block.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * classWeight(e.getKey());
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            best = body;
        }
        List<String> out = new ArrayList<>();
        collect(best, out);
        return out;
    }

    private static void collect(Element root, List<String> out) {
        for (Element el : root.select(BLOCKS)) {
            if (hasBlockAncestorWithin(el, root)) {
                continue;
            }
            String text = normalize(el.wholeText());
            if (text.isEmpty()) {
                continue;
            }
            if (el.tagName().equals("li") && linkDensity(el) > 0.5) {
                continue;
            }
            if (linkDensity(el) > 0.8 && text.length() < 200) {
                continue;
            }
            out.add(text);
        }
        if (out.isEmpty()) {
            String text = normalize(root.wholeText());
            for (String para : text.split("\n\\s*\n")) {
                if (!para.isBlank()) {
                    out.add(para.strip());
                }
            }
        }
    }

    private static boolean hasBlockAncestorWithin(Element el, Element root) {
        for (Element p = el.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static void removeNegative(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el == body) {
                continue;
            }
            String ci = el.className() + " " + el.id();
            if (ci.isBlank()) {
                continue;
            }
            if (NEGATIVE.matcher(ci).find() && !POSITIVE.matcher(ci).find() && !el.tagName().equals("article")) {
                drop.add(el);
            }
        }
        drop.forEach(Node::remove);
    }

    private static double classWeight(Element el) {
        String ci = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        double w = 1;
        if (POSITIVE.matcher(ci).find() || el.tagName().equals("article") || el.tagName().equals("main")) {
            w *= 1.25;
        }
        return w;
    }

    static double linkDensity(Element el) {
        int total = el.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : el.select("a")) {
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

    /** Collapses runs of white space inside a block, keeping line breaks from br as single spaces. */
    static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
    }
}
