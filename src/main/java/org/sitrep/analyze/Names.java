package org.sitrep.analyze;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name keys that survive spelling, transliteration and machine-translation variants: accents dropped, y/i and
 * ey/ei folded, doubled letters single ("Zelenskyy", "Zelenski" -> zelenski; "Borell", "Borrell" -> borel;
 * "Sergey", "Sergei" -> sergei), and a bounded edit distance for typos ("Ryablakov" ~ "Ryabkov").
 */
public final class Names {
    private Names() {
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The folded key of one word. */
    public static String key(String word) {
        String s = ascii(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = lettersAndDigits(s.toLowerCase(Locale.ROOT));
        s = s.replace("ph", "p").replace("kh", "h").replace("j", "i").replace("y", "i").replace("w", "v")
                .replace("ck", "k").replace("ks", "x");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * The keys of a name's words, honorifics dropped; a hyphenated name is one word ("Lvova-Belova", "Kassym-Jomart"),
     * and a surname written twice once ("Shoigu Shoigu", a tagger's doubling).
     */
    public static List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            String k = key(w);
            if (!k.isEmpty() && !k.equals("mr") && !k.equals("ms") && !k.equals("mrs") && !k.equals("dr")
                    && (out.isEmpty() || !out.get(out.size() - 1).equals(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** A name with a word the tagger doubled written once: "Viktor Orban Orban" is Viktor Orban. */
    public static String withoutDoubledWords(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equalsIgnoreCase(words[i - 1])) {
                out.append(' ').append(words[i]);
            }
        }
        return out.toString();
    }

    /** Whether two words' keys are one name: equal, or a small edit apart when both are long enough. */
    public static boolean similar(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return true;
        }
        int min = Math.min(keyA.length(), keyB.length());
        if (min < 5 || keyA.charAt(0) != keyB.charAt(0)) {
            return false;
        }
        int allowed = min >= 7 ? 2 : 1;
        return Math.abs(keyA.length() - keyB.length()) <= allowed && distance(keyA, keyB) <= allowed;
    }

    /**
     * Whether two person names can be one person: surnames similar (the same when either is a surname alone), given
     * names (when both present) compatible.
     */
    public static boolean samePerson(String a, String b) {
        return samePerson(keys(a), keys(b));
    }

    /** {@link #samePerson(String, String)} on the names' {@link #keys}. */
    public static boolean samePerson(List<String> ka, List<String> kb) {
        if (ka.size() == 2 && kb.size() == 2 && ka.get(0).equals(kb.get(1)) && ka.get(1).equals(kb.get(0))) {
            return true; // "Sobyanin Sergei", a list's surname-first order, is "Sergei Sobyanin"
        }
        if (ka.isEmpty() || kb.isEmpty() || !similar(ka.get(ka.size() - 1), kb.get(kb.size() - 1))) {
            return false;
        }
        if (ka.size() == 1 || kb.size() == 1) {
            // a surname alone has no given name to confirm a misspelling: "Himmler" is not "Hitler"
            return ka.get(ka.size() - 1).equals(kb.get(kb.size() - 1));
        }
        String fa = ka.get(0);
        String fb = kb.get(0);
        return fa.equals(fb) || similar(fa, fb) || (fa.length() == 1 || fb.length() == 1) && fa.charAt(0) == fb.charAt(0)
                || fa.length() >= 3 && fb.length() >= 3 && fa.substring(0, 3).equals(fb.substring(0, 3))
                || givenNamesWithin(ka, kb) || givenNamesWithin(kb, ka);
    }

    /**
     * Whether the given names of the shorter name are among the longer's, in order: "Tayyip Erdogan" and "Recep
     * Tayyip Erdoğan" (a first given name left out), not "Emine Erdoğan".
     */
    private static boolean givenNamesWithin(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size()) {
            return false;
        }
        int at = 0;
        for (String given : shorter.subList(0, shorter.size() - 1)) {
            while (at < longer.size() - 1 && !longer.get(at).equals(given)) {
                at++;
            }
            if (at == longer.size() - 1) {
                return false;
            }
            at++;
        }
        return true;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A stable id fragment for a name: "Jean Asselborn" -> jean-asselborn. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
