package org.sitrep.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers for the quotations the engine found: its attribution when it names someone, else the reporting clause
 * right after the quote (also across a line break: "...in the coming week," / admitted US Secretary of State Antony
 * Blinken) or right before it; pronouns resolved to the subject of the nearest sentence before the quote that names
 * someone; titles to the person the article names with that role; anonymous speakers kept
 * as described ("a senior State Department official"). Short quoted phrases inside the writer's own sentence are
 * partial quotes.
 */
final class QuoteAttributor {
    private static final String VERBS = "said|says|say|added|adds|admitted|admits|explained|explains|warned|warns|recalled|"
            + "noted|notes|told|tells|stressed|insisted|declared|stated|wrote|argued|asked|replied|continued|concluded|"
            + "summed up|summarized|insists|claimed|claims|acknowledged|affirmed|announced|observed|remarked|commented|"
            + "according to";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her");
    /** The nouns of a speaker described rather than named ("a senior official", "the minister"). */
    private static final String ROLE_NOUNS = "official|officials|source|sources|diplomat|diplomats|spokesman|spokeswoman|"
            + "spokesperson|aide|adviser|analyst|expert|member|commander|officer|minister|ambassador|secretary|envoy|"
            + "chancellor|mayor|governor";
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)^(a|an|the|one|two|several|some)\\s+.*\\b(person|"
            + ROLE_NOUNS + ")s?\\b.*");

    List<Quote> attribute(AnnotatedText text, List<Entity> entities) {
        List<Quote> out = new ArrayList<>();
        for (AnnotatedText.RawQuote q : text.quotes()) {
            String inner = q.text().replaceAll("^[\"“”«»‘’'„]+|[\"“”«»‘’'„]+$", "").strip();
            int cut = strayMark(inner);
            int qEnd = q.end();
            if (cut > 0) {
                // mismatched marks ("... positions ”allies in Europe. In short ..."): the quote ends at the stray mark
                inner = inner.substring(0, cut).strip();
                qEnd = q.start() + q.text().indexOf(inner) + inner.length() + 1;
                q = new AnnotatedText.RawQuote(q.text(), q.start(), Math.min(qEnd, q.end()), q.speaker(), q.speakerStart(), q.speakerEnd());
            }
            if (inner.isEmpty()) {
                continue;
            }
            String kind = partial(text, q, inner) ? "partial" : "full";
            String speakerText = null;
            int speakerStart = -1;
            if (kind.equals("full")) {
                int[] found = reportingClause(text, q, entities);
                if (found != null) {
                    speakerStart = found[0];
                    speakerText = text.text().substring(found[0], found[1]);
                }
            }
            if (kind.equals("partial")) {
                int[] subject = subjectBefore(text, entities, q.start());
                if (subject != null) {
                    speakerStart = subject[0];
                    speakerText = text.text().substring(subject[0], subject[1]);
                }
            } else if (speakerText == null && q.speaker() != null && q.speakerStart() >= 0) {
                speakerText = q.speaker(); // the engine's attribution, when the text has no reporting clause we read
                speakerStart = q.speakerStart();
            }
            Entity entity = null;
            String speaker = null;
            if (speakerText != null) {
                String lower = speakerText.toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(lower)) {
                    entity = antecedent(text.text(), entities, q.start(), text.quotes(), FirstNames.ofPronoun(lower));
                } else {
                    entity = personWithin(entities, speakerStart, speakerStart + speakerText.length());
                    if (entity == null) {
                        entity = personNamed(entities, speakerText); // the engine's speaker, named where we found no mention
                    }
                    if (entity == null && DEFINITE.matcher(speakerText).matches()) {
                        entity = holderOfTitle(entities, speakerText, speakerStart, text.quotes());
                    }
                    if (entity == null && ANONYMOUS.matcher(speakerText).matches()) {
                        speaker = speakerText;
                    }
                }
                if (entity != null) {
                    speaker = entity.name();
                }
            }
            out.add(new Quote(inner, q.start(), q.end(), speaker, entity == null ? null : entity.id(), speakerText, kind));
        }
        return out;
    }

    /** "the Adviser", "the minister": a description of someone the article has already named with that role. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)the\\s+[\\p{L}'’.\\-]+(?:\\s+[\\p{L}'’.\\-]+){0,9}");
    /** A capitalised title after "the", right beside a verb of saying: "said the Head of the President's Office". */
    private static final Pattern TITLE_NP = Pattern.compile("\\b[Tt]he\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:of|for|to|the|\\p{Lu}[\\p{L}'’\\-]*))*");

    /**
     * The person the writer named most often before {@code offset} (not inside quotations; the last named among
     * equals) whose role in the article holds
     * the description's head, the word before its first "of", "to" or "for" ("said the Adviser" after "Adviser to the
     * Head of the President's Office Mykhailo Podoliak"; "the Head of the President's Office" is a head, "the Head of
     * State" a president), or null. The article's protagonist outweighs a counterpart named last: in "Zelensky thanked
     * Charles Michel. ... 'We stand for a settlement,' the President said" the President is Zelensky.
     */
    private static Entity holderOfTitle(List<Entity> entities, String description, int offset,
            List<AnnotatedText.RawQuote> quotes) {
        String title = description.toLowerCase(Locale.ROOT).replaceFirst("^the head of (the )?state\\b", "the president");
        String head = head(title);
        java.util.Set<String> words = contentWords(title);
        java.util.function.Predicate<String> sameHead = role -> head(role).equals(head);
        Entity whole = mostNamedBefore(entities, offset, quotes, e -> e.roles().stream()
                .map(r -> r.toLowerCase(Locale.ROOT))
                .anyMatch(r -> sameHead.test(r) && contentWords(r).containsAll(words)));
        if (whole != null) {
            return whole; // "the President of Russia": a president of Russia before any other president
        }
        java.util.Set<String> qualifiers = complement(title);
        Entity some = qualifiers.isEmpty() ? null : mostNamedBefore(entities, offset, quotes, e -> e.roles().stream()
                .map(r -> r.toLowerCase(Locale.ROOT))
                .anyMatch(r -> sameHead.test(r) && contentWords(r).stream().anyMatch(qualifiers::contains)));
        return some != null ? some // "the President of the Republic of Poland": the one whose role says Poland
                : mostNamedBefore(entities, offset, quotes, e -> e.roles().stream()
                        .map(r -> r.toLowerCase(Locale.ROOT)).anyMatch(sameHead));
    }

    /**
     * The person, of those that pass {@code which}, with the most mentions before {@code offset} in the writer's own
     * words (not inside a quotation), the last among equals.
     */
    private static Entity mostNamedBefore(List<Entity> entities, int offset, List<AnnotatedText.RawQuote> quotes,
            java.util.function.Predicate<Entity> which) {
        Entity best = null;
        long bestCount = 0;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON") || !which.test(e)) {
                continue;
            }
            List<Mention> before = e.mentions().stream().filter(m -> m.end() <= offset && !quoted(m, quotes)).toList();
            long count = before.size();
            int end = before.stream().mapToInt(Mention::end).max().orElse(-1);
            if (count > bestCount || count > 0 && count == bestCount && end > bestEnd) {
                best = e;
                bestCount = count;
                bestEnd = end;
            }
        }
        return best;
    }

    /** Words of a country's formal name that do not tell one country from another. */
    private static final Set<String> GENERIC = Set.of("republic", "federation", "kingdom", "united", "states", "state",
            "people's", "democratic", "islamic", "federal");

    private static final Pattern HEAD_END = Pattern.compile("\\b(?:of|to|for)\\b");

    /** The distinctive content words after a title's head ("poland" in "the president of the republic of poland"). */
    private static java.util.Set<String> complement(String title) {
        Matcher of = HEAD_END.matcher(title);
        java.util.Set<String> out = of.find() ? contentWords(title.substring(of.end())) : new java.util.HashSet<>();
        out.removeAll(GENERIC);
        return out;
    }

    private static java.util.Set<String> contentWords(String title) {
        java.util.Set<String> out = new java.util.HashSet<>(List.of(title.split("[^\\p{L}\\-]+")));
        out.removeAll(List.of("", "the", "of", "to", "for", "a", "an"));
        return out;
    }

    /** A title's head noun: its word before the first "of", "to" or "for" ("head" of "Head of the Office"). */
    private static String head(String title) {
        String[] words = title.split("[^\\p{L}\\-]+");
        String last = "";
        for (String w : words) {
            if (w.equals("of") || w.equals("to") || w.equals("for")) {
                break;
            }
            if (!w.isEmpty()) {
                last = w;
            }
        }
        return last;
    }

    private static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_NEAR = Pattern.compile("(?i)\\b(he|she|they)\\b");
    private static final Pattern ANONYMOUS_NP = Pattern.compile("(?i)\\b(?:a|an|the|one|two|several)\\s+(?:[\\p{L}.\\-]+\\s+){0,5}?"
            + "(?:" + ROLE_NOUNS + ")\\b");

    /**
     * The speaker span [start, end) next to a verb of saying in the reporting clause after the quote (to the end of
     * its sentence, across a line break) or before it (from the start of its sentence): a person named there, a
     * pronoun, or an anonymous description.
     */
    private static int[] reportingClause(AnnotatedText text, AnnotatedText.RawQuote q, List<Entity> entities) {
        String s = text.text();
        int introStart = sentenceStart(s, q.start());
        if (READS.matcher(s.substring(introStart, q.start())).find() && introStart > 0) {
            // "Vladimir Putin sent a message to ... . The message reads, in part: ...": its sender, named first before
            int end = introStart;
            while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ".!?".indexOf(s.charAt(end - 1)) >= 0)) {
                end--;
            }
            return firstPersonWithin(entities, sentenceStart(s, end), introStart);
        }
        int afterEnd = sentenceEnd(s, q.end());
        String after = s.substring(q.end(), afterEnd);
        Matcher v = VERB.matcher(after);
        if (v.find() && !insideQuote(after, v.start())) {
            int verbStart = q.end() + v.start();
            int verbEnd = q.end() + v.end();
            int[] who = speakerNear(text, entities, verbStart, verbEnd, q.end(), afterEnd);
            if (who != null) {
                return who;
            }
        }
        int beforeStart = sentenceStart(s, q.start());
        String before = s.substring(beforeStart, q.start());
        Matcher bv = VERB.matcher(before);
        int lastStart = -1;
        int lastEnd = -1;
        while (bv.find()) {
            lastStart = bv.start();
            lastEnd = bv.end();
        }
        if (lastStart >= 0 && before.substring(lastEnd).strip().matches("(that|:|,)?\\s*[:,]?")) {
            return speakerNear(text, entities, beforeStart + lastStart, beforeStart + lastEnd, beforeStart, q.start());
        }
        return null;
    }

    /** A written text quoted after a sentence that says who wrote it: "The message reads, in part:". */
    private static final Pattern READS = Pattern.compile("(?i)\\b(?:message|letter|statement|telegram|greetings|address|"
            + "appeal|note|document)\\s+reads(?:,?\\s+in\\s+part)?\\s*[:,]\\s*$");

    /** The span of the first person mentioned in [from, to), or null. */
    private static int[] firstPersonWithin(List<Entity> entities, int from, int to) {
        int[] best = null;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= from && m.end() <= to && (best == null || m.start() < best[0])) {
                    best = new int[]{m.start(), m.end()};
                }
            }
        }
        return best;
    }

    private static int[] speakerNear(AnnotatedText text, List<Entity> entities, int verbStart, int verbEnd, int from, int to) {
        String s = text.text();
        // a person named right before the verb ("Ryabkov said") or right after it ("admitted ... Antony Blinken")
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < from || m.end() > to) {
                    continue;
                }
                int distance = m.end() <= verbStart ? verbStart - m.end() : m.start() >= verbEnd ? m.start() - verbEnd : -1;
                if (distance >= 0 && distance < 45 && distance < bestDistance) {
                    bestDistance = distance;
                    best = new int[]{m.start(), m.end()};
                }
            }
        }
        if (best != null) {
            return best;
        }
        int nearStart = Math.max(from, verbStart - 60);
        while (nearStart > from && nearStart < verbStart && Character.isLetter(s.charAt(nearStart - 1))) {
            nearStart++; // start at a word's beginning, never inside one
        }
        String near = s.substring(nearStart, Math.min(to, verbEnd + 60));
        Matcher anon = ANONYMOUS_NP.matcher(near);
        if (anon.find()) {
            return new int[]{nearStart + anon.start(), nearStart + anon.end()};
        }
        Matcher title = TITLE_NP.matcher(near);
        while (title.find()) {
            String found = title.group().replaceFirst("(\\s+(of|for|to|the))+$", "");
            int start = nearStart + title.start();
            int end = start + found.length();
            if (end <= verbStart && verbStart - end <= 2 || start >= verbEnd && start - verbEnd <= 2) {
                return new int[]{start, end}; // a definite title beside the verb, resolved by role afterwards
            }
        }
        Matcher p = PRONOUN_NEAR.matcher(near);
        if (p.find()) {
            return new int[]{nearStart + p.start(), nearStart + p.end()};
        }
        return null;
    }

    private static boolean insideQuote(String window, int index) {
        int marks = 0;
        int from = 0;
        while (from < window.length() && (Character.isWhitespace(window.charAt(from)) || "\"“”«»,.".indexOf(window.charAt(from)) >= 0)) {
            from++; // the quote's own closing mark and punctuation
        }
        for (int i = from; i < index; i++) {
            char c = window.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    private static int sentenceEnd(String s, int from) {
        int limit = Math.min(s.length(), from + 300);
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    private static int sentenceStart(String s, int to) {
        int limit = Math.max(0, to - 300);
        for (int i = to - 1; i > limit; i--) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The index of a quotation mark inside a quote's text that closes it early, or -1. */
    private static int strayMark(String inner) {
        for (int i = 1; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if ((c == '”' || c == '»') && i + 1 < inner.length() && Character.isLetter(inner.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The first person named in the quote's sentence before it: who the writer attributes a quoted phrase to. */
    private static int[] subjectBefore(AnnotatedText text, List<Entity> entities, int quoteStart) {
        Sentence sentence = text.sentenceAt(quoteStart);
        if (sentence == null) {
            return null;
        }
        int[] best = null;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= sentence.start() && m.end() <= quoteStart && (best == null || m.start() < best[0])) {
                    best = new int[]{m.start(), m.end()};
                }
            }
        }
        return best;
    }

    /** A short quoted phrase inside a sentence of the writer's: "written answers", "serious consequences". */
    private static boolean partial(AnnotatedText text, AnnotatedText.RawQuote q, String inner) {
        int words = inner.split("\\s+").length;
        if (words >= 8) {
            return false;
        }
        boolean ownSentence = inner.matches("(?s).*[.!?,]$");
        return !ownSentence || words <= 3;
    }

    private static Entity personWithin(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < end && start < m.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The article's person named {@code name}: one of its mentions, or its name, is that name. */
    private static Entity personNamed(List<Entity> entities, String name) {
        String n = name.strip();
        for (Entity e : entities) {
            if (e.type().equals("PERSON") && (e.name().equals(n) || e.mentions().stream().anyMatch(m -> m.text().strip().equals(n)))) {
                return e;
            }
        }
        return null;
    }

    private static boolean quoted(Mention m, List<AnnotatedText.RawQuote> quotes) {
        return quotes.stream().anyMatch(q -> q.start() <= m.start() && m.end() <= q.end());
    }

    /** How many sentences back a pronoun's antecedent is looked for before the last person named stands in. */
    private static final int ANTECEDENT_SENTENCES = 6;
    /**
     * A sentence's opening phrase, prepositional or a participle's ("On behalf of the President, ...", "Answering
     * questions after a meeting with X, ..."): who it names is not the sentence's subject.
     */
    private static final Pattern OPENING_PHRASE = Pattern.compile("(?i)^(?:on|in|at|during|after|before|with|following|"
            + "upon|under|by|for|from|like|unlike|despite|\\p{L}+ing)\\b[^,]*,");

    /**
     * Who a pronoun in a reporting clause ("...," he said) means: the subject of the nearest sentence before the quote
     * that names someone in the writer's words, taken as the first person named there or the first definite title there
     * that one of the article's persons holds (in "The President thanked Andrej Plenković. '...,' he said" the
     * President, not the thanked). Else the person named last before the quote. Only a person whose first name can be
     * of the pronoun's gender is meant ("she said" is not Volodymyr Zelensky's).
     */
    private static Entity antecedent(String s, List<Entity> entities, int offset, List<AnnotatedText.RawQuote> quotes,
            FirstNames.Gender gender) {
        int end = offset;
        for (int i = 0; i < ANTECEDENT_SENTENCES && end > 0; i++) {
            int start = sentenceStart(s, end);
            Entity subject = subjectWithin(s, entities, start, end, quotes, gender);
            if (subject != null) {
                return subject;
            }
            end = start;
            while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ".!?".indexOf(s.charAt(end - 1)) >= 0)) {
                end--;
            }
        }
        return lastPersonBefore(entities, offset, quotes, gender);
    }

    /**
     * The first person named, or named by a title they hold, in the writer's words of [start, end), past an opening
     * prepositional phrase when someone is named after it; or null. Persons of the other gender than asked for are
     * passed over.
     */
    private static Entity subjectWithin(String s, List<Entity> entities, int start, int end,
            List<AnnotatedText.RawQuote> quotes, FirstNames.Gender gender) {
        java.util.TreeMap<Integer, Entity> named = new java.util.TreeMap<>();
        for (Entity e : entities) {
            if (!e.type().equals("PERSON") || !FirstNames.agrees(e, gender)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end && !quoted(m, quotes)) {
                    named.putIfAbsent(m.start(), e);
                }
            }
        }
        Matcher title = TITLE_NP.matcher(s).region(start, end);
        while (title.find()) {
            int at = title.start();
            String found = title.group().replaceFirst("(\\s+(of|for|to|the))+$", "");
            int after = at + found.length();
            if (quotes.stream().anyMatch(q -> q.start() <= at && at < q.end())
                    || s.startsWith("'s", after) || s.startsWith("’s", after) // "The President's wife"
                    || named.subMap(after, true, Math.min(end, after + 3), true).size() > 0) { // "President [Name]"
                continue;
            }
            Entity holder = holderOfTitle(entities, found, at, quotes);
            if (holder != null && FirstNames.agrees(holder, gender)) {
                named.putIfAbsent(at, holder);
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        int first = start;
        while (first < end && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        Matcher opening = OPENING_PHRASE.matcher(s).region(first, end);
        if (opening.lookingAt() && named.ceilingKey(opening.end()) != null) {
            return named.ceilingEntry(opening.end()).getValue();
        }
        return named.firstEntry().getValue();
    }

    /**
     * The person named last before {@code offset} in the writer's own words: a name inside a quotation is the speaker's
     * ("Victory not over Putin," the President said. "..." he said), not who the pronoun of a reporting clause means;
     * not one whose first name is of the other gender than asked for.
     */
    private static Entity lastPersonBefore(List<Entity> entities, int offset, List<AnnotatedText.RawQuote> quotes,
            FirstNames.Gender gender) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON") || !FirstNames.agrees(e, gender)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.end() > bestEnd && !quoted(m, quotes)) {
                    bestEnd = m.end();
                    best = e;
                }
            }
        }
        return best;
    }
}
