package org.sitrep.analyze;

import java.util.Set;

/** Abbreviations whose period ends no sentence: titles and words before a name ("Gen. Clark", "Roe vs. Wade"). */
public final class Abbreviations {
    private static final Set<String> BEFORE_A_NAME = Set.of("vs", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "capt", "st", "mt", "ft", "rev", "prof", "adm", "maj", "cmdr");
    /** Abbreviations before a number: "Executive Order No. 81", "Art. 5". */
    private static final Set<String> BEFORE_A_NUMBER = Set.of("no", "nos", "art", "para", "fig", "vol");

    private Abbreviations() {
    }

    /** Whether a word (lower case) is an abbreviation that stands before a name or a word. */
    public static boolean beforeAName(String word) {
        return BEFORE_A_NAME.contains(word);
    }

    /**
     * Whether the period after {@code word} ends no sentence: the word is a title or "vs.", a single letter (an
     * initial, "U.S."), or "No." and its kin before a number ({@code next}, the text that follows the period's space).
     */
    public static boolean keepsSentenceOpen(String word, String next) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (BEFORE_A_NAME.contains(w) || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return BEFORE_A_NUMBER.contains(w) && !next.isEmpty() && Character.isDigit(next.charAt(0));
    }
}
