package org.sitrep.story;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate key phrases of a headline: runs of two or three content words ("humanitarian corridors", "Treaty of
 * Friendship"), not crossing punctuation or function words; "of" may join two content words. A story's label takes
 * the phrases that several of its headlines share.
 */
final class KeyPhrases {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /**
     * Function words that Lucene's short stop list leaves in, and the verbs of headlines' reporting and meeting (a key
     * phrase names a thing: "Andriy Yermak met" is not one).
     */
    private static final Set<String> FUNCTION = Set.of("said", "says", "say", "will", "would", "could", "should", "can",
            "may", "might", "must", "has", "have", "had", "was", "were", "been", "being", "is", "are", "am", "after",
            "before", "over", "about", "from", "with", "without", "during", "between", "into", "amid", "against",
            "since", "until", "via", "per", "its", "his", "her", "their", "our", "we", "he", "she", "they", "who",
            "what", "which", "when", "where", "how", "why", "all", "more", "most", "also", "than", "very", "up", "out",
            "off", "today", "yesterday", "tomorrow", "us", "you", "i", "me", "my", "your", "him", "them", "do", "does",
            "did", "so", "only", "upon", "within", "around", "every", "each", "both", "any", "some", "other", "another",
            "across", "along", "among", "through", "towards", "toward", "under", "above", "below", "near", "again",
            "back", "well", "just", "now", "still", "already", "yet", "even", "ever", "never", "met", "meets", "meet",
            "held", "holds", "hold", "spoke", "speaks", "took", "takes", "made", "makes", "gave", "gives", "sent",
            "sends", "told", "tells", "became", "becomes", "ready", "need", "needs", "want", "wants");
    private static final int LONGEST = 3;

    private KeyPhrases() {
    }

    /**
     * A phrase: its key (lower case) and its form as written; when it opens a headline in sentence case, its first word
     * lower-cased ("Humanitarian corridors were opened" gives "humanitarian corridors", "Andriy Yermak" stays).
     *
     * @param opening whether it opens the headline (a form from within one shows a name's case more surely)
     */
    record Phrase(String key, String surface, boolean opening) {
    }

    /** A content word of a headline: whether "of" joins it to the word before, whether it opens the headline. */
    private record Word(String text, boolean afterOf, boolean opening) {
    }

    static List<Phrase> of(String headline) {
        List<Phrase> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        List<Word> run = new ArrayList<>();
        Matcher m = WORD.matcher(headline);
        int previousEnd = -1;
        boolean afterOf = false;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean opening = previousEnd < 0;
            boolean broken = !opening && !headline.substring(previousEnd, m.start()).isBlank();
            previousEnd = m.end();
            if (broken) {
                emit(run, out);
                afterOf = false;
            }
            if (lower.equals("of") && !run.isEmpty() && !afterOf) {
                afterOf = true;
            } else if (STOP.contains(lower) || FUNCTION.contains(lower) || Character.isDigit(word.charAt(0))
                    || word.length() < 2 || word.equals(lower) && lower.length() > 4 && lower.endsWith("ed")) {
                emit(run, out);
                afterOf = false;
            } else {
                run.add(new Word(word, afterOf, opening));
                afterOf = false;
            }
        }
        emit(run, out);
        return out;
    }

    /** Every stretch of two to three words of a run, as a phrase; the run is emptied. */
    private static void emit(List<Word> run, List<Phrase> out) {
        for (int from = 0; from < run.size(); from++) {
            Word head = run.get(from);
            StringBuilder rest = new StringBuilder();
            for (int to = from + 1; to < run.size() && to - from < LONGEST; to++) {
                rest.append(run.get(to).afterOf() ? " of " : " ").append(run.get(to).text());
                String tail = rest.toString();
                boolean sentenceCase = tail.equals(tail.toLowerCase(Locale.ROOT))
                        && !head.text().equals(head.text().toUpperCase(Locale.ROOT));
                String first = head.opening() && sentenceCase ? head.text().toLowerCase(Locale.ROOT) : head.text();
                out.add(new Phrase((head.text() + tail).toLowerCase(Locale.ROOT), first + tail, head.opening()));
            }
        }
        run.clear();
    }

    /** The distinct phrases of a headline, in order: key -> form. */
    static Map<String, Phrase> distinct(String headline) {
        Map<String, Phrase> out = new LinkedHashMap<>();
        for (Phrase p : of(headline)) {
            out.putIfAbsent(p.key(), p);
        }
        return out;
    }
}
