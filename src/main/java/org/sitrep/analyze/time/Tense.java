package org.sitrep.analyze.time;

import java.util.List;

/**
 * Whether the clause around a time expression speaks of the future or the past, from the words alone (no tagger).
 * A verb written right before the expression decides ("said Friday", "met Monday"); otherwise the verb nearest to it
 * in its clause, verbs of saying aside (a verb after it counts three times its distance, because the governing verb
 * usually comes first). A future marker in the verb's group (will, going to, expected to, plans to, scheduled, due
 * to) or a present progressive or passive ("are meeting", "is being held", "is held") make it the future; a past
 * form ("was", "met", "-ed") the past. "as soon as" and "as early as" point forward; a possessive ("Wednesday's
 * ruling") names something that has happened, and so does a verb of saying in the past right after the expression
 * ("Bush on Tuesday said the United States may ..."). A sentence the expression opens ("In January, the company
 * brought ...") is dated by its main verb; a present that tells a schedule ("meets Monday"), "effective Feb. 1" and
 * a deadline set or moved ("postponed until Tuesday") point forward.
 */
final class Tense {
    /** A past form right before the expression ("fell in January", "said Friday"). */
    static final int SURELY_PAST = -2;
    static final int PAST = -1;
    static final int UNKNOWN = 0;
    static final int FUTURE = 1;
    /** "will", "as soon as": the future beyond doubt. */
    static final int SURELY_FUTURE = 2;

    private Tense() {
    }

    /**
     * The tense of the clause around tokens [from, to), from {@link #SURELY_PAST} to {@link #SURELY_FUTURE}; its
     * sign is the direction, {@link #UNKNOWN} when nothing tells.
     */
    static int of(List<TimeTokens.Tok> toks, int from, int to) {
        int clause = clause(toks, from, to);
        if (attributive(toks, from, to) && clause != SURELY_FUTURE) {
            return PAST; // "under a June agreement", "the Oct. 23 slaying": a thing named by its date has happened
        }
        return clause; // unless the clause says it lies ahead: "the Monday meeting will decide"
    }

    private static int clause(List<TimeTokens.Tok> toks, int from, int to) {
        int before = from - 1;
        if (before >= 0 && PREPOSITIONS.contains(toks.get(before).lower())) {
            before--;
        }
        if (before >= 1 && toks.get(before).is("as") && (toks.get(before - 1).is("soon") || toks.get(before - 1).is("early"))) {
            return SURELY_FUTURE;
        }
        if (before >= 0 && toks.get(before).is("effective")) {
            return FUTURE; // "a new office, effective Feb. 1": a change announced before it takes effect
        }
        // a preposition right before the expression (skipped above) that a deadline governs
        if (before >= 0 && before + 1 < from && DEADLINE_PREPOSITIONS.contains(toks.get(before + 1).lower())
                && deadline(toks, before)) {
            return FUTURE; // "extended its deadline until 9 a.m. Tuesday", "postponed until Monday"
        }
        if (before >= 0) {
            String w = toks.get(before).lower();
            if (pastForm(w)) {
                return before >= 1 && beFuture(toks, before) ? SURELY_FUTURE : SURELY_PAST; // "said Friday", "will be held Monday"
            }
        }
        if (to + 1 < toks.size() && toks.get(to).is("'") && toks.get(to + 1).is("s")) {
            return PAST;
        }
        if (to < toks.size() && TimeWords.REPORTING.contains(toks.get(to).lower()) && pastForm(toks.get(to).lower())) {
            return SURELY_PAST; // "Bush on Tuesday said ...": the saying is what the expression dates
        }
        int sentenceStart = from;
        while (sentenceStart > 0 && !boundary(toks, sentenceStart - 1) && from - sentenceStart < 40) {
            sentenceStart--;
        }
        int sentenceEnd = to;
        while (sentenceEnd < toks.size() && !boundary(toks, sentenceEnd) && sentenceEnd - to < 40) {
            sentenceEnd++;
        }
        // a sentence that opens with the expression ("On Tuesday, the league plans to ...") reads past its comma
        boolean opening = from == sentenceStart
                || from - 1 == sentenceStart && PREPOSITIONS.contains(toks.get(sentenceStart).lower());
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = to; i < sentenceEnd; i++) {
            String w = toks.get(i).lower();
            if (w.equals(",") && !opening && i > to || CLAUSE_BREAKS.contains(w) && !withinName(toks, i)
                    && !(opening && (w.equals("after") || w.equals("before")))) { // "In January, a week after the ..., a bombing killed"
                break;
            }
            if (opening && TimeWords.REPORTING.contains(w) && pastForm(w)) {
                return SURELY_PAST; // "On Wednesday, Ricardo Alarcon, head of ..., said": the saying is what it dates
            }
            if (verbLike(toks, i)) {
                best = i;
                bestDistance = 3 * (i - to);
                break;
            }
        }
        for (int i = from - 1; i >= sentenceStart; i--) {
            if (from - i >= bestDistance) {
                break;
            }
            if (verbLike(toks, i)) {
                best = i;
                break;
            }
        }
        if (best < 0) {
            return UNKNOWN;
        }
        // the verb group: up to three words before the verb
        for (int i = Math.max(sentenceStart, best - 3); i <= best; i++) {
            String w = toks.get(i).lower();
            if (w.equals("had")) {
                return PAST; // "had been due to expire Friday": a plan of the past
            }
            if (TimeWords.FUTURE.contains(w) && !w.equals("set") && !w.equals("due")) {
                return w.equals("will") || w.equals("'ll") || w.equals("shall") ? SURELY_FUTURE : FUTURE;
            }
            if ((w.equals("set") || w.equals("due") || w.equals("is") || w.equals("are")) && i + 1 < toks.size()
                    && toks.get(i + 1).is("to")) {
                return FUTURE;
            }
        }
        String verb = toks.get(best).lower();
        String previous = best > 0 ? toks.get(best - 1).lower() : "";
        if (scheduled(toks, best)) {
            return FUTURE; // "Arafat meets Albright Monday": a present tense that tells a schedule
        }
        if (verb.endsWith("ing")) {
            return previous.equals("is") || previous.equals("are") || previous.equals("am") || previous.equals("'s")
                    || previous.equals("'re") || previous.equals("being") ? FUTURE : PAST;
        }
        if (verb.equals("is") || verb.equals("are") || verb.equals("am")) {
            return FUTURE; // "the vote is on Monday": an arrangement
        }
        if (pastForm(verb)) {
            if (previous.equals("is") || previous.equals("are") || previous.equals("being") || beFuture(toks, best)) {
                return FUTURE;
            }
            // "In January, the company brought in ...": the main verb of a sentence the expression opens dates it
            return opening && best > to ? SURELY_PAST : PAST;
        }
        return PAST;
    }

    /** Whether the expression stands between a determiner and the noun it modifies ("a June agreement"). */
    private static boolean attributive(List<TimeTokens.Tok> toks, int from, int to) {
        if (from == 0 || to >= toks.size() || !DETERMINERS.contains(toks.get(from - 1).lower())) {
            return false;
        }
        TimeTokens.Tok next = toks.get(to);
        return !next.capital() && !next.digits() && Character.isLetter(next.lower().charAt(0))
                && !FUNCTION_WORDS.contains(next.lower()) && !next.lower().endsWith("ly");
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "its", "their", "his",
            "her", "our");

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "and", "or", "to", "in", "on",
            "at", "for", "with", "by", "from", "is", "was", "were", "are", "will", "would", "has", "had", "have", "that",
            "which", "when", "as", "than", "but", "be", "been", "after", "before", "until", "since", "this", "next", "last");

    /** Prepositions between a verb and the expression it dates ("fell in January", "met on Monday"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("on", "in", "at", "since", "until", "by", "over",
            "during");

    private static final java.util.Set<String> DEADLINE_PREPOSITIONS = java.util.Set.of("until", "till", "by");

    /** Whether the clause before a preposition sets or moves a deadline ("postponed until", "given them until"). */
    private static boolean deadline(List<TimeTokens.Tok> toks, int before) {
        for (int i = before; i >= 0 && before - i < 12 && !boundary(toks, i); i--) {
            String w = toks.get(i).lower();
            if (w.equals("deadline") || w.equals("ultimatum") || w.startsWith("postpone") || w.startsWith("extend")
                    || w.startsWith("adjourn") || w.startsWith("defer") || w.equals("given") || w.startsWith("delay")) {
                return true;
            }
        }
        return false;
    }

    /** Words that end a clause when reading forward from a time expression. */
    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of("and", "but", "while", "who", "which",
            "that", "after", "before", "when", "because", "as", "(", ":", "``", "\"");

    /** "will be held", "to be signed": a participle after a future "be". */
    private static boolean beFuture(List<TimeTokens.Tok> toks, int participle) {
        if (participle < 2 || !toks.get(participle - 1).is("be")) {
            return false;
        }
        String w = toks.get(participle - 2).lower();
        return w.equals("will") || w.equals("ll") || w.equals("shall") || w.equals("to") || w.equals("wo");
    }

    private static boolean pastForm(String w) {
        return TimeWords.IRREGULAR_PAST.contains(w) && !w.equals("set") && !w.equals("put") && !w.equals("cut")
                && !w.equals("hit") || w.length() >= 5 && w.endsWith("ed") && !TimeWords.NOT_PAST.contains(w)
                || TimeWords.REPORTING.contains(w) && (w.endsWith("ed") || w.equals("said") || w.equals("told") || w.equals("wrote"));
    }

    /** Whether a word joins two capitalised words of one name ("the Abortion and Reproductive Rights League"). */
    private static boolean withinName(List<TimeTokens.Tok> toks, int i) {
        return i > 0 && i + 1 < toks.size() && toks.get(i).is("and") && toks.get(i - 1).capital() && toks.get(i + 1).capital();
    }

    private static boolean boundary(List<TimeTokens.Tok> toks, int i) {
        TimeTokens.Tok t = toks.get(i);
        if (t.is(".") && i > 0 && toks.get(i - 1).lower().length() == 1 && Character.isLetter(toks.get(i - 1).lower().charAt(0))) {
            return false; // the period of "a.m." or "U.S." ends no sentence
        }
        if (t.is(".") && i + 1 < toks.size() && (toks.get(i + 1).is(",") || Character.isLowerCase(toks.get(i + 1).lower().charAt(0))
                && !toks.get(i + 1).capital())) {
            return false; // "Birmingham, Ala., killed": a period before a comma or a lower-case word is an abbreviation's
        }
        if (t.is(".") && i > 0 && org.sitrep.analyze.Abbreviations.beforeAName(toks.get(i - 1).lower())) {
            return false; // "Roe vs. Wade", "Gen. Clark"
        }
        return t.is(".") || t.is("!") || t.is("?") || t.is(";");
    }

    /** Whether a token looks like a finite verb or an auxiliary of one (verbs of saying aside). */
    private static boolean verbLike(List<TimeTokens.Tok> toks, int i) {
        String w = toks.get(i).lower();
        if (TimeWords.REPORTING.contains(w)) {
            return false;
        }
        if (TimeWords.FUTURE.contains(w) || TimeWords.IRREGULAR_PAST.contains(w)) {
            return !(w.equals("set") || w.equals("due") || w.equals("plan")) || i + 1 < toks.size() && toks.get(i + 1).is("to");
        }
        if (w.length() >= 5 && w.endsWith("ed") && !TimeWords.NOT_PAST.contains(w)) {
            return true;
        }
        if (w.length() >= 5 && w.endsWith("ing") && i > 0) {
            String b = toks.get(i - 1).lower();
            return b.equals("is") || b.equals("are") || b.equals("am") || b.equals("'s") || b.equals("'re")
                    || b.equals("being") || b.equals("was") || b.equals("were");
        }
        return w.equals("is") || w.equals("are") || w.equals("has") || w.equals("have") || scheduled(toks, i);
    }

    /** A present form of a scheduling verb, not an infinitive ("to meet demand"). */
    private static boolean scheduled(List<TimeTokens.Tok> toks, int i) {
        return SCHEDULED.contains(toks.get(i).lower()) && !(i > 0 && toks.get(i - 1).is("to"));
    }

    /** Present forms that news writes for what is scheduled ("meets Monday", "travels to Kyiv on Wednesday"). */
    private static final java.util.Set<String> SCHEDULED = java.util.Set.of("meet", "meets", "travels", "arrives",
            "leaves", "begins", "opens", "hosts", "heads", "resumes", "attends", "convenes", "visits");
}
