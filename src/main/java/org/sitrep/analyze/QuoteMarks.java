package org.sitrep.analyze;

/**
 * Gives each straight double quotation mark its direction, so that the quote finder pairs marks as a reader does.
 * A straight mark has none, and a finder that toggles at each one is thrown off for the rest of the text by a single
 * mark that stands alone, as machine translations and text dumps of pages leave them ({@code ... sovereign nations. "}
 * at the end of a paragraph whose quote opened with “, a closing mark moved to the next line). The mark opens after a
 * space and before a word, closes after a word and before a space or punctuation; a mark spaced on both sides or on
 * neither closes a quote that is open, else opens one, unless a line break follows it (a closing mark whose quote lost
 * its opening). The result has the text's length and offsets: one character replaced by one character.
 */
final class QuoteMarks {
    private static final char OPEN = '“';
    private static final char CLOSE = '”';

    private QuoteMarks() {
    }

    static String directed(String text) {
        if (text.indexOf('"') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean open = false;
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                open = true;
            } else if (c == CLOSE) {
                open = false;
            }
            if (c != '"') {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || "([{/—–-".indexOf(text.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 == out.length || Character.isWhitespace(text.charAt(i + 1))
                    || ".,;:!?)]}".indexOf(text.charAt(i + 1)) >= 0;
            boolean opens;
            if (spaceBefore != spaceAfter) {
                opens = spaceBefore;
            } else {
                opens = !open && !(i + 1 == out.length || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r');
            }
            out[i] = opens ? OPEN : CLOSE;
            open = opens;
        }
        return new String(out);
    }
}
