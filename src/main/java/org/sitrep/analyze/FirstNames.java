package org.sitrep.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a first name usually has, from the name list of CoreNLP's models (dcoref/namegender.combine.txt: about
 * 14,600 first names, among them "Yuliya", "Iryna", "Andriy"), so that "she said" does not go to a man, and so that a
 * first name tells where a person's name begins: a name the list gives as both ("Jordan"), or does not know, has none.
 */
final class FirstNames {
    enum Gender { MALE, FEMALE }

    private static final String LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private FirstNames() {
    }

    private static final class Loaded { // read on first use, once
        static final Map<String, Gender> NAMES = load();
    }

    /** The gender of a person's name by its first word ("Yuliya Sokolovska"), or null when unknown. */
    static Gender of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String first = name.strip().split("[\\s\\-]+")[0].toLowerCase(Locale.ROOT);
        return Loaded.NAMES.get(first);
    }

    /**
     * The gender a reporting clause's pronoun refers to: "he" a man, "she" a woman; else null ("they", and the object
     * pronouns the quote engine sometimes gives as a speaker, "her" in "it's her personal opinion").
     */
    static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** Whether a person can be meant by a pronoun of this gender (null: any). */
    static boolean agrees(Entity person, Gender pronoun) {
        if (pronoun == null) {
            return true;
        }
        Gender g = of(person.name());
        return g == null || g == pronoun;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        java.util.Set<String> both = new java.util.HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return Map.of(); // the models jar without the list: no name has a gender
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.split("\t");
                if (parts.length != 2 || !(parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
                    continue;
                }
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                Gender g = Gender.valueOf(parts[1]);
                Gender before = out.putIfAbsent(name, g);
                if (before != null && before != g) {
                    both.add(name); // "Jordan": either
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        both.forEach(out::remove);
        return Map.copyOf(out);
    }
}
