package org.sitrep.extract;

import org.sitrep.model.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Articles from plain-text dumps of web pages, by general rules for the conventions of aggregators and publishers:
 * a header zone (site banner, slogans, section labels, the title, date lines, a byline) before the first paragraph
 * of the body; related-link blocks inside it; and a footer read backwards (republication notices, sources,
 * copyright and disclaimer lines, dated related links) after it. Republication lineage comes from the footer.
 */
public final class TextDumpExtractor {

    /** What the footer said about the original publication. */
    private static final class Lineage {
        String title;
        String publisher;
        String originalUrl;
        String originalLanguage;
        String published;
        Boolean machineTranslated;
    }

    public Article extract(String id, String rawId, String text, HtmlExtractor.RawDocumentHints hints) throws ExtractionException {
        List<String> blocks = blocks(text);
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text");
        }
        Lineage lineage = new Lineage();
        int end = readFooter(blocks, lineage);

        // Header zone: everything before the first block that reads like body text.
        String published = null;
        String updated = null;
        String author = hints.author();
        List<String> candidates = new ArrayList<>(); // short lines that may be the site, a slogan or the title
        int titleBeforeDate = -1;
        int start = 0;
        for (; start < end; start++) {
            String b = blocks.get(start);
            DateLine dl = dateLine(b);
            if (dl != null) {
                published = published == null ? dl.published : published;
                updated = updated == null ? dl.updated : updated;
                if (dl.author != null && author == null) {
                    author = dl.author;
                }
                if (titleBeforeDate < 0 && !candidates.isEmpty()) {
                    titleBeforeDate = candidates.size() - 1;
                }
                if (dl.rest != null) {
                    blocks.set(start, dl.rest); // "date 2022-01-22 Moscow presented itself ..." -> body from here
                    break;
                }
                continue;
            }
            Matcher by = PageConventions.BYLINE.matcher(b);
            if (by.matches()) {
                author = author == null ? by.group(1) : author;
                continue;
            }
            if (looksLikeBody(b)) {
                break;
            }
            candidates.add(b);
        }

        String title;
        String site = null;
        List<String> body;
        if (start >= end) {
            // Nothing reads like running text (a short note, a one-line dump): the short blocks are the text.
            title = hints.title() != null ? hints.title() : lineage.title;
            body = new ArrayList<>(candidates);
        } else {
            title = chooseTitle(candidates, titleBeforeDate, lineage, hints);
            if (!candidates.isEmpty() && !candidates.get(0).equals(title) && PageConventions.words(candidates.get(0)) <= 5) {
                site = candidates.get(0);
            }
            body = body(blocks.subList(start, end), title);
        }
        if (body.isEmpty()) {
            throw new ExtractionException("no article text found");
        }
        if (lineage.published != null) {
            published = lineage.published; // the original publication's date, not the repost's
        }
        if (published == null) {
            published = DateParsing.normalize(hints.published());
        }
        return new Article(id, rawId, title, published, updated, author, site, lineage.publisher, hints.url(),
                lineage.originalUrl, null, lineage.originalLanguage, lineage.machineTranslated, String.join("\n\n", body));
    }

    /** Paragraphs: runs of lines between blank lines, white space normalised. */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n[ \\t]*\n")) {
            String p = para.strip().replaceAll("[ \\t]*\n[ \\t]*", " ").replaceAll("[ \\t]{2,}", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads the footer backwards, recording lineage; returns the index after the last body block. */
    private static int readFooter(List<String> blocks, Lineage lineage) {
        int end = blocks.size();
        while (end > 1) {
            String b = blocks.get(end - 1);
            Matcher m;
            if ((m = PageConventions.MACHINE_TRANSLATION.matcher(b)).matches()) {
                lineage.machineTranslated = true;
                lineage.originalLanguage = Languages.codeOfName(m.group(1));
                lineage.publisher = lineage.publisher == null ? m.group(2).strip() : lineage.publisher;
                lineage.originalUrl = m.group(3);
                if (m.group(4) != null) {
                    lineage.published = dateOf(m.group(4));
                }
            } else if ((m = PageConventions.POST_APPEARED_FIRST.matcher(b)).matches()) {
                lineage.title = m.group(1).strip();
                lineage.publisher = m.group(2).strip();
            } else if ((m = PageConventions.SOURCE_LINE.matcher(b)).matches()) {
                lineage.publisher = lineage.publisher == null ? m.group(1).strip() : lineage.publisher;
            } else if (PageConventions.TRANSLATED_FROM.matcher(b).find() && b.length() < 300) {
                lineage.machineTranslated = true;
                m = PageConventions.TRANSLATED_FROM.matcher(b);
                if (m.find() && m.group(1) != null && lineage.originalLanguage == null) {
                    lineage.originalLanguage = Languages.codeOfName(m.group(1));
                }
            } else if (!isFooterNoise(b)) {
                break;
            }
            end--;
        }
        return end;
    }

    /** Copyright, disclaimers, labels, dated links: what follows an article's last paragraph. */
    private static boolean isFooterNoise(String b) {
        if (b.length() < 300 && (PageConventions.COPYRIGHT.matcher(b).find() || PageConventions.DISCLAIMER.matcher(b).find())) {
            return true;
        }
        if (PageConventions.RELATED_LABEL.matcher(b).matches()) {
            return true;
        }
        if (b.length() < 100 && !TextDates.find(b).isEmpty() && (PageConventions.ARCHIVE_LINK.matcher(b).matches()
                || !PageConventions.endsLikeSentence(b))) {
            return true;
        }
        return PageConventions.words(b) <= 4 && !PageConventions.endsLikeSentence(b);
    }

    private record DateLine(String published, String updated, String author, String rest) {
    }

    /**
     * A line that states dates (and perhaps a byline), such as "2022-01-09T18:38:59.130Z", "Published on 13 Jan. 2022
     * at 18: 53Updated on ...", " date 2021-12-03 from Giuseppe Sarcina"; or a body line that starts with one
     * (" date 2022-01-22 Moscow presented ..."), whose rest is returned.
     */
    private static DateLine dateLine(String block) {
        List<TextDates.Found> dates = TextDates.find(block);
        if (dates.isEmpty() || dates.get(0).start() > 40) {
            return null;
        }
        TextDates.Found first = dates.get(0);
        String before = block.substring(0, first.start());
        if (!PageConventions.DATE_WORDS.matcher(before).replaceAll("").replaceAll("[\\s:,|·•-]", "").isEmpty()) {
            return null;
        }
        String updated = null;
        int consumed = first.end();
        Matcher up = PageConventions.UPDATED_WORD.matcher(block);
        if (up.find(first.end())) {
            TextDates.Found second = dates.size() > 1 ? dates.get(1) : null;
            if (second != null && second.start() >= up.end()) {
                updated = second.iso();
                consumed = second.end();
            } else {
                consumed = block.length(); // "Updated on Jan. 2022 at 19: 16": incomplete, not a date we can state
                for (TextDates.Found d : dates) {
                    consumed = Math.max(consumed, d.end());
                }
            }
        }
        String rest = block.substring(Math.min(consumed, block.length())).strip();
        Matcher by = PageConventions.BYLINE.matcher(rest);
        if (by.matches()) {
            return new DateLine(first.iso(), updated, by.group(1), null);
        }
        String leftover = PageConventions.DATE_WORDS.matcher(rest).replaceAll("").replaceAll("[\\s\\d:,.|·•-]", "");
        if (leftover.isEmpty() || PageConventions.words(rest) <= 4 && !looksLikeBody(rest)) {
            return new DateLine(first.iso(), updated, null, null);
        }
        if (first.start() <= 12 && looksLikeBody(rest)) {
            return new DateLine(first.iso(), updated, null, rest);
        }
        return null;
    }

    private static String dateOf(String text) {
        String iso = DateParsing.normalize(text);
        if (iso != null) {
            return iso;
        }
        TextDates.Found f = TextDates.first(text);
        return f == null ? null : f.iso();
    }

    /** A paragraph of running text rather than a banner, a label or a headline. */
    static boolean looksLikeBody(String b) {
        int words = PageConventions.words(b);
        if (words >= 25) {
            return true;
        }
        int sentences = b.split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“«])").length;
        return words >= 12 && (sentences >= 2 || PageConventions.endsLikeSentence(b));
    }

    private static String chooseTitle(List<String> candidates, int beforeDate, Lineage lineage, HtmlExtractor.RawDocumentHints hints) {
        if (hints.title() != null) {
            return hints.title();
        }
        List<String> titled = candidates.stream().filter(c -> PageConventions.words(c) >= 3 && c.length() <= 250).toList();
        if (lineage.title != null) {
            String best = null;
            double bestScore = 0.5;
            for (String c : titled) {
                double s = overlap(c, lineage.title);
                if (s >= bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            return best != null ? best : lineage.title;
        }
        if (beforeDate >= 0 && PageConventions.words(candidates.get(beforeDate)) >= 3) {
            return candidates.get(beforeDate);
        }
        for (int i = titled.size() - 1; i >= 0; i--) {
            if (PageConventions.words(titled.get(i)) >= 4) {
                return titled.get(i);
            }
        }
        return null;
    }

    private static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return any.isEmpty() ? 0 : both.size() / (double) any.size();
    }

    /** The body blocks, without related-link blocks, leading bylines and kicker labels. */
    private static List<String> body(List<String> blocks, String title) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (PageConventions.RELATED_LABEL.matcher(b).matches()) {
                // the label, the linked headline, and any short unpunctuated fragments of it
                i++;
                while (i + 1 < blocks.size() && blocks.get(i + 1).length() < 120 && !PageConventions.endsLikeSentence(blocks.get(i + 1))) {
                    i++;
                }
                continue;
            }
            if (out.size() < 3 && PageConventions.words(b) <= 3 && !PageConventions.endsLikeSentence(b) && i + 1 < blocks.size()) {
                continue; // a byline or role label ("Washington correspondent") near the top
            }
            if (out.isEmpty() && title != null && b.equalsIgnoreCase(title)) {
                continue;
            }
            if (out.isEmpty()) {
                b = PageConventions.KICKER.matcher(b).replaceFirst("");
            }
            out.add(b);
        }
        return out;
    }
}
