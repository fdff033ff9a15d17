package org.sitrep.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Language identification (Lingua, restricted to a configured set of languages to bound its memory) and language
 * names to ISO 639-1 codes ("Italian", "italien", "italiano" -> "it").
 */
public final class Languages {
    /** The languages Sitrep reads by default. */
    public static final List<String> DEFAULT = List.of("en", "fr", "de", "it", "es", "ru", "uk");

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        List<Locale> inLanguages = Arrays.stream(new String[]{"en", "fr", "de", "it", "es", "ru"}).map(Locale::new).toList();
        for (String code : Locale.getISOLanguages()) {
            Locale lang = new Locale(code);
            for (Locale in : inLanguages) {
                String name = lang.getDisplayLanguage(in).toLowerCase(in);
                if (!name.isBlank() && !name.equals(code)) {
                    NAMES.putIfAbsent(name, code);
                }
            }
        }
    }

    private final LanguageDetector detector;

    public Languages(List<String> isoCodes) {
        Language[] languages = isoCodes.stream().map(Languages::lingua).toArray(Language[]::new);
        detector = LanguageDetectorBuilder.fromLanguages(languages).withMinimumRelativeDistance(0.02).withLowAccuracyMode().build();
    }

    private static Language lingua(String iso) {
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN && l.getIsoCode639_1().toString().equalsIgnoreCase(iso)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Lingua does not know the language " + iso);
    }

    /** The ISO 639-1 code of the text's language, or null when the text is too short or ambiguous. */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > 500 ? text.substring(0, 500) : text; // plenty for these languages, and Lingua is costly
        if (sample.codePoints().filter(Character::isLetter).count() < 20) {
            return null;
        }
        Language l = detector.detectLanguageOf(sample);
        return l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** "Italian" (or "italien", "italiano", "Italienisch", ...) -> "it"; null when not a language name. */
    public static String codeOfName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.length() == 2 && Arrays.asList(Locale.getISOLanguages()).contains(n)) {
            return n;
        }
        return NAMES.get(n);
    }
}
