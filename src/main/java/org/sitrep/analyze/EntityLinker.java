package org.sitrep.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups an article's entity mentions into entities: the knowledge base first (exact aliases, and for people spelling
 * and transliteration variants), then the article's own fuller names ("Blinken" after "Antony Blinken"). Roles come
 * from titles before a name ("US Secretary of State Antony Blinken") and appositions after it ("John F. Kirby,
 * spokesman for the Pentagon,"). A capital or an institution standing for its country is linked, not rewritten.
 */
final class EntityLinker {
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(president|minister|secretary|ambassador|chancellor|"
            + "spokes(man|woman|person)|adviser|advisor|director|general|chief|head|premier|deputy|senator|governor|mayor|"
            + "king|queen|commander|representative|envoy|chairman|chairwoman|chair|leader|correspondent|official|"
            + "negotiator|prosecutor|attorney|diplomat|analyst|expert|professor|dean|officer|undersecretary)\\b");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "his",
            "their", "them", "us", "our", "its");

    /** A nationality glued to a name by the tagger: "Luxembourger Jean Asselborn", "Italian Mario Draghi". */
    private static final Pattern DEMONYM = Pattern.compile("^\\p{Lu}\\p{L}+(er|ian|ean|ese|ish|an|i)\\s+");

    /** Capitalised at a sentence's start, but not part of a title. */
    private static final Set<String> LEADING_WORDS = Set.of("as", "by", "for", "with", "from", "when", "while", "after",
            "before", "according", "said", "says", "but", "and", "in", "on", "at", "if", "then");
    private static final Set<String> TITLE_GLUE = Set.of("of", "for", "the", "'s", "’s", "and", "to", "on", "at");
    /** Words of address and of offices that, with titles, make up a name-less "person" ("Mr President", "Head of Office"). */
    private static final Set<String> ADDRESS_WORDS = Set.of("mr", "ms", "mrs", "dr", "sir", "madam", "lady", "lord", "speaker",
            "excellency", "majesty", "highness", "office", "administration", "cabinet", "government");

    /** The words before a name that make it a place: "in Bucha", "near Hostomel". */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i)(?:^|\\s)(in|near|outside)\\s+$");

    private final KnowledgeBase kb;

    EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
    }

    private static final class Builder {
        String id;
        String name;
        String type;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        boolean known;
    }

    List<Entity> link(AnnotatedText text) {
        Map<String, Builder> entities = new LinkedHashMap<>();
        List<Builder> people = new ArrayList<>();
        List<AnnotatedText.RawMention> mentions = withGluedNamesApart(text.mentions());
        Map<String, Map<String, Integer>> typesOf = typesBySurface(mentions);
        Set<String> placeCues = namesAfterPlacePrepositions(text.text(), mentions);
        for (AnnotatedText.RawMention tagged : mentions) {
            String tagType = normalType(tagged.type());
            if (tagType == null || tagged.text().isBlank() || Character.isLowerCase(tagged.text().strip().charAt(0))) {
                continue; // pronouns and common nouns the quote annotator adds as mentions
            }
            if ("PERSON".equals(tagType)) {
                tagged = unglued(tagged);
            }
            AnnotatedText.RawMention trimmedTag = trimmed(tagged);
            String taggedText = trimmedTag.text().strip();
            String type = tagType.equals("PERSON") ? notAPerson(taggedText, typesOf, placeCues) : tagType;
            if (type.equals("PERSON") && onlyTitleWords(taggedText)) {
                continue; // "Speaker", "Mr President", "Head of the President": a title without a name
            }
            AnnotatedText.RawMention m = type.equals("PERSON") ? withoutPlace(trimmed(withoutDemonym(tagged)), people)
                    : trimmedTag;
            String surface = m.text().strip();
            if (surface.isEmpty() || PRONOUNS.contains(surface.toLowerCase(Locale.ROOT)) || isTitleWord(text, m)) {
                continue;
            }
            Optional<KnowledgeBase.Entry> entry = kb.find(surface, type.equals("PERSON") ? "PERSON" : null);
            Builder byFirstName = null;
            if (entry.isEmpty() && type.equals("PERSON") && !surface.contains(" ")) {
                // a first name alone: the one person of the article who has it, else the knowledge base's one
                byFirstName = withGivenName(surface, people);
                if (byFirstName == null && people.stream().noneMatch(p -> Names.samePerson(surface, p.name))) {
                    entry = kb.byGivenName(surface);
                }
            }
            Builder b;
            if (entry.isPresent()) {
                KnowledgeBase.Entry e = entry.get();
                b = entities.computeIfAbsent(e.id(), id -> newBuilder(id, e.name(), e.type().equals("COUNTRY") ? "LOCATION" : e.type(), true));
                b.roles.addAll(e.roles());
            } else if (byFirstName != null) {
                b = byFirstName;
            } else if (type.equals("PERSON")) {
                b = null;
                for (Builder p : people) {
                    if (Names.samePerson(surface, p.name)) {
                        b = p;
                        break;
                    }
                }
                String name = Names.withoutDoubledWords(surface);
                if (b == null) {
                    b = newBuilder("person:" + Names.slug(name), name, "PERSON", false);
                    entities.putIfAbsent(b.id, b);
                    b = entities.get(b.id);
                } else if (!b.known && name.split("\\s+").length > b.name.split("\\s+").length) {
                    b.name = name; // the fullest form names it
                }
            } else {
                String id = (type.equals("ORGANIZATION") ? "org:" : type.equals("LOCATION") ? "place:" : "misc:") + Names.slug(surface);
                b = entities.computeIfAbsent(id, i -> newBuilder(i, surface, type, false));
            }
            if (b.type.equals("PERSON") && !people.contains(b)) {
                people.add(b);
            }
            String actsFor = entry.map(KnowledgeBase.Entry::actsFor).filter(a -> actsAsAgent(text, m)).orElse(null);
            b.mentions.add(new Mention(m.text(), m.start(), m.end(), actsFor));
            if (b.type.equals("PERSON")) {
                String role = role(text, m);
                if (role != null) {
                    b.roles.add(role);
                }
            }
        }
        // a non-canonical person's id follows its fullest name
        List<Entity> out = new ArrayList<>();
        for (Builder b : entities.values()) {
            String id = b.known || !b.type.equals("PERSON") ? b.id : "person:" + Names.slug(b.name);
            out.add(new Entity(id, b.name, b.type, b.mentions, new ArrayList<>(b.roles)));
        }
        return out;
    }

    /**
     * Person-tagged names that the article puts after a preposition of place ("in Bucha", "near Hostomel"), not followed
     * by a possessive ("in Putin's words"), and that are not the surname of a person the article names in full.
     */
    private static Set<String> namesAfterPlacePrepositions(String t, List<AnnotatedText.RawMention> mentions) {
        Set<String> cued = new java.util.HashSet<>();
        Set<String> fullNameWords = new java.util.HashSet<>();
        for (AnnotatedText.RawMention m : mentions) {
            if (!"PERSON".equals(m.type())) {
                continue;
            }
            AnnotatedText.RawMention trimmedMention = trimmed(m);
            String surface = trimmedMention.text().strip();
            String[] words = surface.split("\\s+");
            if (words.length > 1) {
                fullNameWords.add(words[words.length - 1]);
            }
            String before = t.substring(Math.max(0, trimmedMention.start() - 12), trimmedMention.start());
            int end = trimmedMention.end();
            boolean possessive = end < t.length() && (t.startsWith("'s", end) || t.startsWith("’s", end));
            if (!possessive && PLACE_PREPOSITION.matcher(before).find()) {
                cued.add(surface);
            }
        }
        cued.removeIf(fullNameWords::contains);
        return cued;
    }

    /** Whether the knowledge base knows these words as a place, country or organisation (not as a person). */
    private boolean knownNotAsAPerson(String words) {
        return kb.find(words, null).filter(e -> !e.type().equals("PERSON")).isPresent();
    }

    /** Whether a name is only titles and their glue words: "Speaker", "Mr President", "Head of the President". */
    private static boolean onlyTitleWords(String name) {
        String[] words = name.strip().split("\\s+");
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.’']s$|[.]$", "");
            if (!ROLE_WORD.matcher(lower).matches() && !TITLE_GLUE.contains(lower) && !ADDRESS_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mentions with a person's name that the tagger ran into an organisation or place taken apart: "Office of the
     * President of Ukraine Andriy Yermak" is the office and Andriy Yermak when the article names him on his own, or
     * the knowledge base knows him (the last two or three words); and the last two words after a title or institution
     * when they are a known first name and a capitalised word ("... of the President Yuliya Sokolovska").
     */
    private List<AnnotatedText.RawMention> withGluedNamesApart(List<AnnotatedText.RawMention> mentions) {
        Set<String> people = new java.util.HashSet<>();
        for (AnnotatedText.RawMention m : mentions) {
            if ("PERSON".equals(m.type())) {
                people.add(trimmed(m).text().strip());
            }
        }
        List<AnnotatedText.RawMention> out = new ArrayList<>(mentions.size());
        for (AnnotatedText.RawMention m : mentions) {
            String type = normalType(m.type());
            AnnotatedText.RawMention[] parts = "ORGANIZATION".equals(type) || "LOCATION".equals(type) ? apart(trimmed(m), people) : null;
            if (parts == null) {
                out.add(m);
            } else {
                out.add(parts[0]);
                out.add(parts[1]);
            }
        }
        return out;
    }

    private AnnotatedText.RawMention[] apart(AnnotatedText.RawMention m, Set<String> people) {
        String t = m.text();
        String[] words = t.strip().split("\\s+");
        for (int n = 3; n >= 2; n--) {
            if (words.length < n + 2) {
                continue; // an institution of two words or more before the name
            }
            String name = String.join(" ", java.util.Arrays.asList(words).subList(words.length - n, words.length));
            int at = t.lastIndexOf(name);
            String last = words[words.length - 1];
            if (at > 0 && !knownNotAsAPerson(words[words.length - n]) && Character.isUpperCase(name.charAt(0))
                    && (people.contains(name) || kb.find(name, "PERSON").isPresent() // not "Ukraine Andriy Yermak"
                    || n == 2 && afterATitle(words[words.length - 3]) && (people.contains(last)
                            || FirstNames.of(name) != null && Character.isUpperCase(last.charAt(0))))) {
                String head = t.substring(0, at).strip();
                return new AnnotatedText.RawMention[]{
                        new AnnotatedText.RawMention(head, m.start(), m.start() + head.length(), m.type(), m.sentence()),
                        new AnnotatedText.RawMention(name, m.start() + at, m.start() + at + name.length(), "PERSON", m.sentence())};
            }
        }
        return null;
    }

    /**
     * Whether a word can end the title or institution before a name: "... of the President Yuliya Sokolovska" (a name
     * the article goes on to give by its surname alone), never "... of New South Wales".
     */
    private static boolean afterATitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ROLE_WORD.matcher(w).matches() || ADDRESS_WORDS.contains(w) || INSTITUTIONS.contains(w);
    }

    /** The head nouns of institutions a tagger runs into the name of who speaks for them. */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "parliament", "rada", "duma", "council",
            "committee", "service", "agency", "commission", "assembly", "bank");

    /** How often the tagger gave each type to each surface form in the article. */
    private static Map<String, Map<String, Integer>> typesBySurface(List<AnnotatedText.RawMention> mentions) {
        Map<String, Map<String, Integer>> out = new java.util.HashMap<>();
        for (AnnotatedText.RawMention m : mentions) {
            String type = normalType(m.type());
            if (type != null) {
                out.computeIfAbsent(trimmed(m).text().strip(), k -> new java.util.HashMap<>()).merge(type, 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * The type of a mention the tagger called a person: another when the whole mention is what the knowledge base
     * knows as a place or organisation and as no person ("Kyiv", "Verkhovna Rada"), when the article puts it after a
     * preposition of place and never names a person of that name in full ("in Bucha", "near Hostomel"), when it joins
     * names with "&" (a firm), or when the article's other mentions of the same words are more often of another type.
     */
    private String notAPerson(String surface, Map<String, Map<String, Integer>> typesOf, Set<String> placeCues) {
        if (surface.isEmpty()) {
            return "PERSON";
        }
        if (surface.contains("&")) {
            return "ORGANIZATION"; // "Johnson & Johnson"
        }
        if (kb.find(surface, "PERSON").isEmpty()) {
            Optional<KnowledgeBase.Entry> known = kb.find(surface, null).filter(e -> !e.type().equals("PERSON"));
            if (known.isPresent()) {
                return known.get().type().equals("ORGANIZATION") ? "ORGANIZATION" : "LOCATION";
            }
            if (placeCues.contains(surface)) {
                return "LOCATION";
            }
        }
        Map<String, Integer> types = typesOf.getOrDefault(surface, Map.of());
        int asPerson = types.getOrDefault("PERSON", 0);
        return types.entrySet().stream().filter(e -> !e.getKey().equals("PERSON") && !e.getKey().equals("MISC")
                        && e.getValue() > asPerson).max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse("PERSON");
    }

    /** Name particles after which a capital inside a word belongs to the name ("McFaul", "DiCaprio"). */
    private static final java.util.regex.Pattern GLUE = java.util.regex.Pattern.compile(
            "(?<!\\b(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El|D|O))(?<=\\p{Ll})(?=\\p{Lu})");

    /**
     * A person's name with the words a page's markup glued to it cut off ("Sobyanin SergeiMoscow Mayor" ->
     * "Sobyanin Sergei", a speaker's tag run into his title), and the words of the name the tag repeats after it left
     * out ("Emmanuel Macron EmmanuelPresident" -> "Emmanuel Macron").
     */
    static AnnotatedText.RawMention unglued(AnnotatedText.RawMention m) {
        java.util.regex.Matcher glue = GLUE.matcher(m.text());
        if (!glue.find()) {
            return m;
        }
        String kept = m.text().substring(0, glue.start());
        List<String> words = new ArrayList<>(List.of(kept.strip().split("\\s+")));
        while (words.size() > 2 && words.subList(0, words.size() - 1).contains(words.get(words.size() - 1))) {
            // the tag repeats words of the name before it: "Sergei Sobyanin Sobyanin Sergei[Moscow Mayor]"
            kept = kept.substring(0, kept.lastIndexOf(words.remove(words.size() - 1))).stripTrailing();
        }
        return new AnnotatedText.RawMention(kept, m.start(), m.start() + kept.length(), m.type(), m.sentence());
    }

    /** Punctuation the tokenizer left on a mention's edges ("Russian Federation–"). */
    private static AnnotatedText.RawMention trimmed(AnnotatedText.RawMention m) {
        String t = m.text();
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetterOrDigit(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1)) && t.charAt(b - 1) != '.' && t.charAt(b - 1) != ')') {
            b--;
        }
        return a == 0 && b == t.length() ? m : new AnnotatedText.RawMention(t.substring(a, b), m.start() + a, m.start() + a + (b - a), m.type(), m.sentence());
    }

    /** A capitalised word that ends a title rather than naming something: "State" in "Head of State". */
    private static boolean isTitleWord(AnnotatedText text, AnnotatedText.RawMention m) {
        if (m.text().contains(" ") || m.type().equals("PERSON")) {
            return false;
        }
        String before = text.text().substring(Math.max(0, m.start() - 40), m.start());
        return before.matches("(?s).*\\b(Head|Heads|Secretary|Secretaries|Minister|Ministers|Department|Chief|Council|Ministry) of (the )?$");
    }

    /**
     * A place or institution the tagger ran into a name ("Israel Bennett", "Rada Ruslan Stefanchuk"): the first word is
     * left out when it names one and what follows is a full name, or a person the knowledge base or the article
     * already knows ("Jordan Peterson" stays whole).
     */
    private AnnotatedText.RawMention withoutPlace(AnnotatedText.RawMention m, List<Builder> people) {
        String text = m.text();
        int space = text.indexOf(' ');
        if (space < 0) {
            return m;
        }
        String first = text.substring(0, space);
        String rest = text.substring(space + 1).strip();
        boolean place = knownNotAsAPerson(first);
        boolean fullName = rest.split("\\s+").length >= 2; // "Duma Vyacheslav Volodin": a whole name follows
        if (!place || rest.isEmpty() || (!fullName && kb.find(rest, "PERSON").isEmpty()
                && people.stream().noneMatch(p -> Names.samePerson(rest, p.name)))) {
            return m;
        }
        int cut = text.indexOf(rest, space);
        return new AnnotatedText.RawMention(rest, m.start() + cut, m.end(), m.type(), m.sentence());
    }

    private static AnnotatedText.RawMention withoutDemonym(AnnotatedText.RawMention m) {
        Matcher demonym = DEMONYM.matcher(m.text());
        if (demonym.find() && m.text().strip().split("\\s+").length >= 3) {
            int cut = demonym.end();
            return new AnnotatedText.RawMention(m.text().substring(cut), m.start() + cut, m.end(), m.type(), m.sentence());
        }
        return m;
    }

    /** The one person named in full whose first given name {@code name} is, or null (none, or more than one). */
    private static Builder withGivenName(String name, List<Builder> people) {
        String key = Names.key(name);
        Builder found = null;
        for (Builder p : people) {
            List<String> keys = Names.keys(p.name);
            if (keys.size() >= 2 && keys.get(0).equals(key) && !Names.samePerson(name, p.name)) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static Builder newBuilder(String id, String name, String type, boolean known) {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.type = type;
        b.known = known;
        return b;
    }

    private static String normalType(String nerType) {
        return switch (nerType) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
            case "MISC" -> "MISC";
            default -> null;
        };
    }

    /** A place or institution acting: followed by a verb ("Moscow views", "the Kremlin took note"). */
    private static boolean actsAsAgent(AnnotatedText text, AnnotatedText.RawMention m) {
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= m.end()) {
                Token next = tokens.get(i);
                String pos = next.pos() == null ? "" : next.pos();
                if (pos.startsWith("VB") || pos.equals("MD")) {
                    return true;
                }
                if ((pos.equals("RB")) && i + 1 < tokens.size() && tokens.get(i + 1).pos() != null
                        && tokens.get(i + 1).pos().startsWith("VB")) {
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** A role from a title before the name, or an apposition after it. */
    static String role(AnnotatedText text, AnnotatedText.RawMention m) {
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= m.start() && tokens.get(i).end() <= m.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // Title before: capitalised words and glue ("US Secretary of State", "Deputy Foreign Minister")
        int from = first;
        while (from > 0) {
            Token t = tokens.get(from - 1);
            if (text.text().substring(t.end(), tokens.get(from).start()).indexOf('\n') >= 0) {
                break; // a title ends at a line break: the line before is a headline, not the title
            }
            boolean capital = !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && !"PERSON".equals(t.ner());
            if (capital || TITLE_GLUE.contains(t.text().toLowerCase(Locale.ROOT)) && from - 1 > 0) {
                from--;
            } else {
                break;
            }
        }
        while (from < first && (TITLE_GLUE.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                || LEADING_WORDS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT)))) {
            from++;
        }
        if (from < first) {
            String title = text.text().substring(tokens.get(from).start(), tokens.get(first - 1).end());
            if (ROLE_WORD.matcher(title).find()) {
                return title;
            }
        }
        // Apposition after: ", spokesman for the Pentagon," / ", US Ambassador to the OSCE."
        if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals(",")) {
            int end = last + 2;
            while (end < tokens.size() && end - last < 12 && !tokens.get(end).text().matches("[,.;:!?)]|--")) {
                end++;
            }
            String apposition = text.text().substring(tokens.get(last + 2).start(), tokens.get(end - 1).end());
            Matcher rw = ROLE_WORD.matcher(apposition);
            if (rw.find() && rw.start() < 25 && !tokens.get(last + 2).pos().startsWith("VB")) {
                return apposition.replaceFirst("^(the|a|an) ", "");
            }
        }
        // Apposition before: "Kiev's foreign minister, Dmytro Kuleba"
        if (first >= 2 && tokens.get(first - 1).text().equals(",")) {
            int start = first - 2;
            while (start > 0 && first - start < 8 && !tokens.get(start - 1).text().matches("[,.;:!?(]")
                    && !tokens.get(start - 1).pos().startsWith("VB")) {
                start--;
            }
            String apposition = text.text().substring(tokens.get(start).start(), tokens.get(first - 2).end());
            String role = apposition.replaceFirst("(?i)^.*\\bby\\s+", "").replaceFirst("(?i)^(as|the|a|an)\\s+", "");
            if (ROLE_WORD.matcher(role).find() && role.split("\\s+").length <= 6) {
                return role;
            }
        }
        return null;
    }
}
