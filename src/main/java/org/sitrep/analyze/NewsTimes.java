package org.sitrep.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitrep's own resolution of time expressions in news, over what the engine (SUTime) found. Rules, each general:
 * <ul>
 * <li>A bare weekday is the coming one when its clause speaks of the future or the present ("talks will be held in
 * Geneva on Monday", "a summit is being held on Monday"), the past one when it speaks of the past ("on Monday
 * Lavrov said"); the reference day itself when the weekday is that day's. "last" and "next" are obeyed.</li>
 * <li>"N years / months / weeks / days ago (earlier)" is a point at the unit's granularity (1988, 1988-10, 1988-W43,
 * 1988-10-26), or a quarter when the sentence reports quarterly results.</li>
 * <li>"the quarter", "the latest quarter" is the last completed quarter; "the fourth quarter" without a year is the
 * reference year's unless that quarter has not begun.</li>
 * <li>TIME values carry no zone suffix (TimeML values are local).</li>
 * </ul>
 */
public final class NewsTimes {
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "\\d+|several|a few)\\s+(year|month|week|day)s?\\s+(ago|earlier|before)\\b");
    private static final Pattern THE_QUARTER = Pattern.compile("(?i)^(the )?(latest|recent|most recent|past|last|just-ended|latest fiscal|fiscal)?\\s*quarter$");
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)^(the )?(first|second|third|fourth|1st|2nd|3rd|4th)(-| )quarter$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo", "going", "expected", "scheduled",
            "due", "set", "plans", "plan", "planned", "intends", "hopes", "is", "are", "upcoming", "coming", "next");
    /** Verbs of saying: they govern the report, not the event the weekday dates. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "add", "note", "state",
            "claim", "write", "declare", "explain", "confirm", "insist", "warn");
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve"};

    public List<TimeExpression> resolve(AnnotatedText text) {
        LocalDate ref = text.referenceDay();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : text.times()) {
            out.add(ref == null ? t : resolve(t, text, ref));
        }
        return out;
    }

    private TimeExpression resolve(TimeExpression t, AnnotatedText text, LocalDate ref) {
        String value = t.value();
        String surface = t.text().strip();
        String lower = surface.toLowerCase(Locale.ROOT);
        if (value == null) {
            return t;
        }
        if ("TIME".equals(t.type())) {
            value = value.replaceFirst("(T\\d{2}(:\\d{2})?(:\\d{2})?)[+-]\\d{4}$", "$1").replaceFirst("(T\\d{2}:\\d{2})Z$", "$1");
        }
        Matcher wd = WEEKDAY.matcher(surface);
        if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && wd.find() && !lower.matches(".*\\d{4}.*")
                && !lower.matches(".*\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b.*")) {
            LocalDate day = weekday(DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT)), lower, t, text, ref);
            value = DATE_PREFIX.matcher(value).find() ? day + value.substring(10)
                    : value.matches("XXXX-WXX-\\d.*") ? day + value.replaceFirst("XXXX-WXX-\\d", "") : day.toString();
            return new TimeExpression(t.text(), t.start(), t.end(), t.type(), value);
        }
        Matcher ago = AGO.matcher(lower);
        if ("DATE".equals(t.type()) && ago.find()) {
            int n = number(ago.group(1));
            if (n > 0) {
                String unit = ago.group(2).toLowerCase(Locale.ROOT);
                Sentence s = text.sentenceAt(t.start());
                boolean quarterly = s != null && s.text(text.text()).toLowerCase(Locale.ROOT).contains("quarter");
                value = switch (unit) {
                    case "year" -> quarterly ? quarter(lastCompletedQuarter(ref).minusYears(n)) : Integer.toString(ref.getYear() - n);
                    case "month" -> ref.minusMonths(n).toString().substring(0, 7);
                    case "week" -> week(ref.minusWeeks(n));
                    default -> ref.minusDays(n).toString();
                };
                return new TimeExpression(t.text(), t.start(), t.end(), t.type(), value);
            }
        }
        if (THE_QUARTER.matcher(lower).matches() && !lower.contains("next") && !lower.contains("this")) {
            return new TimeExpression(t.text(), t.start(), t.end(), "DATE", quarter(lastCompletedQuarter(ref)));
        }
        Matcher oq = ORDINAL_QUARTER.matcher(lower);
        if (oq.matches()) {
            int q = "first1st".contains(oq.group(2)) ? 1 : "second2nd".contains(oq.group(2)) ? 2
                    : "third3rd".contains(oq.group(2)) ? 3 : 4;
            int currentQ = ref.get(IsoFields.QUARTER_OF_YEAR);
            int year = q > currentQ ? ref.getYear() - 1 : ref.getYear();
            return new TimeExpression(t.text(), t.start(), t.end(), "DATE", year + "-Q" + q);
        }
        return value.equals(t.value()) ? t : new TimeExpression(t.text(), t.start(), t.end(), t.type(), value);
    }

    /** The day a weekday name points to, by the words around it and the tense of its clause. */
    private static LocalDate weekday(DayOfWeek dow, String lower, TimeExpression t, AnnotatedText text, LocalDate ref) {
        String before = text.text().substring(Math.max(0, t.start() - 12), t.start()).toLowerCase(Locale.ROOT);
        if (lower.startsWith("last ") || before.endsWith("last ") || lower.contains("previous")) {
            return ref.with(TemporalAdjusters.previous(dow));
        }
        if (lower.startsWith("next ") || before.endsWith("next ") || lower.startsWith("coming ")) {
            return ref.with(TemporalAdjusters.next(dow));
        }
        if (ref.getDayOfWeek() == dow) {
            return ref;
        }
        return future(t, text) ? ref.with(TemporalAdjusters.next(dow)) : ref.with(TemporalAdjusters.previous(dow));
    }

    /**
     * Whether the clause of a time expression speaks of the future: the verb nearest to it (verbs of saying aside)
     * decides, by a future marker in its group (will, going to, expected to, ...) or an arrangement in the present
     * progressive ("is being held", "are meeting"). Otherwise the past: news mostly reports what happened.
     */
    static boolean future(TimeExpression t, AnnotatedText text) {
        Sentence s = text.sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int best = nearestVerb(tokens, t, text, false);
        if (best < 0) {
            best = nearestVerb(tokens, t, text, true);
        }
        if (best < 0) {
            return false;
        }
        // the verb group around the nearest verb
        int from = best;
        while (from > 0 && isAuxiliary(tokens.get(from - 1))) {
            from--;
        }
        for (int i = Math.max(0, from - 2); i <= best; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w) && !w.equals("is") && !w.equals("are") && !w.equals("set") && !w.equals("due")
                    || (w.equals("set") || w.equals("due")) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to")) {
                return true;
            }
        }
        Token verb = tokens.get(best);
        String pos = verb.pos();
        if (pos.equals("VBD")) {
            return false;
        }
        if (pos.equals("VBN")) {
            // "will be held" is caught above; "has been", "was held" are past; "is being held" is present
            for (int i = from; i < best; i++) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("is") || w.equals("are") || w.equals("being") || w.equals("be")) {
                    return true;
                }
            }
            return false;
        }
        if (pos.equals("MD")) {
            String w = verb.text().toLowerCase(Locale.ROOT);
            return w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("wo");
        }
        if (pos.equals("VBG")) {
            for (int i = from; i < best; i++) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("is") || w.equals("are") || w.equals("'s") || w.equals("'re")) {
                    return true; // "are meeting on Monday": an arrangement
                }
            }
        }
        return false; // news mostly reports what happened
    }

    /**
     * The index of the verb nearest to a time expression, verbs of saying aside; a verb after it counts three times
     * its distance (the governing verb usually comes first), and one after a comma only when {@code acrossCommas}.
     */
    private static int nearestVerb(List<Token> tokens, TimeExpression t, AnnotatedText text, boolean acrossCommas) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.pos() == null || !tok.pos().startsWith("VB") && !tok.pos().equals("MD")) {
                continue;
            }
            if (tok.start() >= t.start() && tok.end() <= t.end() || REPORTING.contains(tok.lemma() == null ? "" : tok.lemma())) {
                continue;
            }
            boolean after = tok.start() >= t.end();
            if (after && !acrossCommas && text.text().substring(t.end(), tok.start()).contains(",")) {
                continue;
            }
            int distance = after ? 3 * (tok.start() - t.end()) : t.start() - tok.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static boolean isAuxiliary(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.pos() != null && (t.pos().equals("MD") || t.pos().equals("RB") || t.pos().equals("TO")
                || Set.of("be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "to").contains(w));
    }

    private static LocalDate lastCompletedQuarter(LocalDate ref) {
        return ref.minusMonths(3);
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        for (int i = 0; i < NUMBERS.length; i++) {
            if (NUMBERS[i].equals(w)) {
                return i;
            }
        }
        return -1; // "several", "a few": no point to state
    }
}
