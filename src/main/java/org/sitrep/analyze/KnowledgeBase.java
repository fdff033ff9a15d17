package org.sitrep.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Sitrep knows before reading: countries (ISO 3166 codes, names in en, fr, de, it, es and ru from the JDK's
 * locale data, plus country-aliases.tsv), international organisations and institutions, places, and the people
 * prominent in the crisis with their aliases and roles (data files under org/sitrep/analyze/kb, documented in
 * docs/knowledge-base.md). Entities it does not know are still resolved among themselves.
 */
public final class KnowledgeBase {

    /**
     * @param id      "country:RUS", "person:antony-blinken", "org:nato", "place:kyiv"
     * @param actsFor the id of the country it may stand for (metonymy: the Kremlin, Moscow), or null
     */
    public record Entry(String id, String name, String type, List<String> aliases, List<String> roles, String actsFor) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();
    /** The people, with the word keys of their name and of their aliases of several words, computed once. */
    private final List<KnownPerson> people = new ArrayList<>();

    private record KnownPerson(Entry entry, List<List<String>> names) {
        static KnownPerson of(Entry e) {
            List<List<String>> names = new ArrayList<>();
            names.add(Names.keys(e.name()));
            e.aliases().stream().filter(a -> a.contains(" ")).forEach(a -> names.add(Names.keys(a)));
            return new KnownPerson(e, List.copyOf(names));
        }
    }

    public static KnowledgeBase bundled() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.loadCountries();
        kb.load(rows("people.tsv"), "PERSON");
        kb.load(rows("organizations.tsv"), "ORGANIZATION");
        kb.load(rows("places.tsv"), "LOCATION");
        kb.loadCountryAliases(rows("country-aliases.tsv"));
        return kb;
    }

    /**
     * The bundled knowledge base plus a user's files of the same form in {@code dir} (people.tsv, organizations.tsv,
     * places.tsv, country-aliases.tsv; any of them may be missing). A user's entry with a bundled id replaces it.
     */
    public static KnowledgeBase withUserFiles(java.nio.file.Path dir) {
        KnowledgeBase kb = bundled();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return kb;
        }
        kb.override = true;
        kb.load(userRows(dir.resolve("people.tsv")), "PERSON");
        kb.load(userRows(dir.resolve("organizations.tsv")), "ORGANIZATION");
        kb.load(userRows(dir.resolve("places.tsv")), "LOCATION");
        kb.loadCountryAliases(userRows(dir.resolve("country-aliases.tsv")));
        return kb;
    }

    private static List<String[]> userRows(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base file " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean override;

    private void loadCountries() {
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, new Locale("es"), new Locale("ru"));
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            String iso3;
            try {
                iso3 = country.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Locale in : languages) {
                names.add(country.getDisplayCountry(in));
            }
            add(new Entry("country:" + iso3, country.getDisplayCountry(Locale.ENGLISH), "COUNTRY", names, List.of(), null));
        }
    }

    private void loadCountryAliases(List<String[]> rows) {
        for (String[] row : rows) {
            Entry e = byId.get("country:" + row[0].strip());
            if (e != null && row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    byAlias.put(aliasKey(alias), e);
                }
            }
        }
    }

    private void load(List<String[]> rows, String type) {
        String prefix = switch (type) {
            case "PERSON" -> "person:";
            case "ORGANIZATION" -> "org:";
            default -> "place:";
        };
        for (String[] row : rows) {
            if (row.length < 2) {
                continue;
            }
            List<String> aliases = row.length > 2 && !row[2].isBlank() ? List.of(row[2].split("\\|")) : List.of();
            List<String> roles = List.of();
            String actsFor = null;
            if (type.equals("PERSON") && row.length > 3 && !row[3].isBlank()) {
                roles = List.of(row[3].split("\\|"));
            } else if (type.equals("ORGANIZATION") && row.length > 3 && !row[3].isBlank()) {
                actsFor = "country:" + row[3].strip();
            } else if (type.equals("LOCATION") && row.length > 4 && !row[4].isBlank()) {
                actsFor = "country:" + row[4].strip();
            }
            Entry e = new Entry(prefix + row[0].strip(), row[1].strip(), type, aliases, roles, actsFor);
            if (override && byId.containsKey(e.id())) {
                people.removeIf(p -> p.entry().id().equals(e.id()));
            }
            add(e);
            if (type.equals("PERSON")) {
                people.add(KnownPerson.of(e));
            }
        }
    }

    private void add(Entry e) {
        byId.put(e.id(), e);
        if (override) {
            byAlias.put(aliasKey(e.name()), e); // a user's entry takes its names over
            e.aliases().forEach(a -> byAlias.put(aliasKey(a), e));
            return;
        }
        byAlias.putIfAbsent(aliasKey(e.name()), e);
        for (String a : e.aliases()) {
            byAlias.putIfAbsent(aliasKey(a), e);
        }
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("kb/" + file)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base file kb/" + file + " is missing from the classpath");
            }
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    static String aliasKey(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")
                .replace("&", " and "); // "Johnson & Johnson" is not the surname Johnson written twice
        return String.join(" ", Names.keys(k));
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry a surface form names: an exact alias, or for people a spelling variant of a known name. */
    public Optional<Entry> find(String surface, String nerType) {
        Entry exact = byAlias.get(aliasKey(surface));
        if (exact != null && compatible(exact.type(), nerType)) {
            return Optional.of(exact);
        }
        if ("PERSON".equals(nerType) && surface.strip().contains(" ")) {
            List<String> keys = Names.keys(surface);
            for (KnownPerson p : people) {
                for (List<String> name : p.names()) {
                    if (Names.samePerson(keys, name)) {
                        return Optional.of(p.entry());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The one person of the knowledge base whose first given name this is ("Boris" for Boris Johnson, as a speaker
     * on first-name terms says it), if exactly one has it.
     */
    public Optional<Entry> byGivenName(String name) {
        List<String> keys = Names.keys(name);
        if (keys.size() != 1) {
            return Optional.empty();
        }
        Entry found = null;
        for (KnownPerson p : people) {
            List<String> canonical = p.names().get(0);
            if (canonical.size() >= 2 && canonical.get(0).equals(keys.get(0))) {
                if (found != null) {
                    return Optional.empty(); // two of that name: neither
                }
                found = p.entry();
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean compatible(String kbType, String nerType) {
        if (nerType == null) {
            return true;
        }
        return switch (nerType) {
            case "PERSON" -> kbType.equals("PERSON");
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> kbType.equals("LOCATION") || kbType.equals("COUNTRY");
            case "ORGANIZATION" -> kbType.equals("ORGANIZATION") || kbType.equals("COUNTRY");
            default -> true;
        };
    }
}
