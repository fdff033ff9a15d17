package org.sitrep.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A light tokenisation for time expressions: runs of letters, numbers (with inner ":", ".", ",", "/" between digits,
 * and glued letters as in "25th", "1990s", "3pm"), and single punctuation marks; hyphens and apostrophes are tokens of
 * their own so that "third-quarter" and "'90s" can be read piece by piece. Offsets are into the text.
 */
final class TimeTokens {

    /** A token: its offsets, lower-cased text, whether it starts with a capital, and whether space precedes it. */
    record Tok(int start, int end, String lower, boolean capital, boolean spaceBefore) {
        boolean digits() {
            return !lower.isEmpty() && Character.isDigit(lower.charAt(0));
        }

        boolean plainNumber() {
            for (int i = 0; i < lower.length(); i++) {
                if (!Character.isDigit(lower.charAt(i))) {
                    return false;
                }
            }
            return !lower.isEmpty();
        }

        boolean is(String s) {
            return lower.equals(s);
        }
    }

    private TimeTokens() {
    }

    static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>(text.length() / 5 + 1);
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == ':' || d == '.' || d == ',' || d == '/') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String s = text.substring(start, i);
            out.add(new Tok(start, i, s.toLowerCase(Locale.ROOT), Character.isUpperCase(c), space));
            space = false;
        }
        return out;
    }
}
