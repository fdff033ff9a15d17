package org.sitrep.analyze.time;

import org.sitrep.analyze.TimeExpression;
import org.sitrep.analyze.time.TimeTokens.Tok;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitrep's own tagger of English time expressions, TimeML TIMEX3 style: finds DATE, TIME, DURATION and SET
 * expressions in a text and resolves them against a reference date (the article's publication date; null leaves
 * relative expressions unresolved). A longest-match grammar over light tokens: calendar dates in their many forms,
 * years, decades, quarters and halves, relative dates ("last week", "earlier this year", "two years ago",
 * "yesterday"), weekdays by the tense of their clause ("talks will be held on Monday" is the coming Monday, "on
 * Monday Lavrov said" the past one), durations ("the past two months", "more than a year"), clock times and sets
 * ("daily", "every week"); dates counted from the last date the text named ("the following year", "later that
 * day", a clock time without its day) and, in reports, from the quarter the text is about ("a year earlier").
 * Stateless and thread-safe (each call keeps its own reading state); it needs no part-of-speech tagger.
 */
public final class TimeTagger {

    /** Every time expression in {@code text}, left to right, resolved against {@code reference} (may be null). */
    public List<TimeExpression> tag(String text, LocalDate reference) {
        List<Tok> toks = TimeTokens.of(text);
        Run run = new Run(toks, reference);
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Hit h = run.at(i);
            if (h == null) {
                i++;
                continue;
            }
            if (h.value != null && QUARTER_VALUE.matcher(h.value).matches() && !run.countsBack(h)) {
                run.namedQuarter = h.value; // the quarter the text is about, not the one it compares it with
            }
            if (h.value != null && "DATE".equals(h.type) && CALENDAR_VALUE.matcher(h.value).matches()) {
                run.namedDate = h.value;
            } else if (h.value != null && "TIME".equals(h.type) && h.value.length() > 10 && h.value.charAt(10) == 'T'
                    && CALENDAR_VALUE.matcher(h.value.substring(0, 10)).matches()) {
                run.namedDate = h.value.substring(0, 10); // "Friday evening": its day
            }
            hits.add(h);
            i = h.end;
        }
        List<TimeExpression> out = new ArrayList<>();
        for (Hit h : yearsOfLists(hits, toks)) {
            int start = toks.get(h.from).start();
            int end = toks.get(h.end - 1).end();
            out.add(new TimeExpression(text.substring(start, end), start, end, h.type, h.value));
        }
        return out;
    }

    /**
     * A day and month without a year in a list of dates whose later item states one takes that year: in "the
     * agreements of November 9, 2020, January 11 and November 26, 2021" January 11 is of 2021 (of 2020 if it would
     * come after the date that states the year), not the year nearest the reference date. Items are dates joined by
     * commas, "and" or "or".
     */
    private static List<Hit> yearsOfLists(List<Hit> hits, List<Tok> toks) {
        List<Hit> out = new ArrayList<>(hits);
        for (int a = 0; a < out.size(); a++) {
            Hit h = out.get(a);
            if (!isDay(h) || statesYear(h, toks) || !namesMonth(h, toks)) {
                continue; // only a written day and month ("January 11"), not "that day" or "Monday"
            }
            for (int b = a + 1; b < out.size() && isDay(out.get(b)) && joined(out.get(b - 1), out.get(b), toks); b++) {
                if (statesYear(out.get(b), toks)) {
                    LocalDate stated = LocalDate.parse(out.get(b).value);
                    LocalDate mine = LocalDate.parse(h.value);
                    int year = stated.getYear();
                    if (mine.withYear(year).isAfter(stated)) {
                        year--;
                    }
                    out.set(a, new Hit(h.from, h.end, h.type, year + h.value.substring(4)));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isDay(Hit h) {
        return "DATE".equals(h.type) && h.value != null && DAY_VALUE.matcher(h.value).matches();
    }

    /** Whether a date is written with its year ("November 26, 2021", "26 November 2021"). */
    private static boolean statesYear(Hit h, List<Tok> toks) {
        for (int k = h.from; k < h.end; k++) {
            String w = toks.get(k).lower();
            if (w.length() == 4 && toks.get(k).digits() && (w.startsWith("1") || w.startsWith("2"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesMonth(Hit h, List<Tok> toks) {
        for (int k = h.from; k < h.end; k++) {
            if (TimeWords.MONTHS.containsKey(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two dates are items of one list: only commas, "and" or "or" between them. */
    private static boolean joined(Hit first, Hit next, List<Tok> toks) {
        for (int k = first.end; k < next.from; k++) {
            String w = toks.get(k).lower();
            if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
                return false;
            }
        }
        return next.from > first.end;
    }

    /** How many tokens the tagger reads in a text (words, numbers and punctuation marks). */
    public static int tokenCount(String text) {
        return TimeTokens.of(text).size();
    }

    /** A match: tokens [from, end), its TIMEX3 type and value. */
    private record Hit(int from, int end, String type, String value) {
        Hit from(int newFrom) {
            return new Hit(newFrom, end, type, value);
        }
    }

    /** A number read from tokens: its value (NaN when vague: "several") and the token after it. */
    private record Num(double value, int next) {
        boolean vague() {
            return Double.isNaN(value);
        }
    }

    /** One tagging pass over one text. */
    private static final class Run {
        /** How far back (in tokens) a mention of quarters makes "a year ago" the year-ago quarter. */
        private static final int QUARTERLY_BEFORE = 200;
        private final List<Tok> toks;
        private final LocalDate ref;
        /** The last quarter the text named ("the fourth quarter" -> 1989-Q4), as tagging goes left to right. */
        private String namedQuarter;
        /** The last calendar date the text named (a year, month or day), what "that year" and "the next day" refer to. */
        private String namedDate;

        Run(List<Tok> toks, LocalDate ref) {
            this.toks = toks;
            this.ref = ref;
        }

        // ----- token helpers

        private boolean is(int i, String word) {
            return i >= 0 && i < toks.size() && toks.get(i).lower().equals(word);
        }

        private String w(int i) {
            return i >= 0 && i < toks.size() ? toks.get(i).lower() : "";
        }

        /** Whether tokens i-1 and i are written together ("third-quarter", "Nov."). */
        private boolean glued(int i) {
            return i > 0 && i < toks.size() && !toks.get(i).spaceBefore();
        }

        private static Hit longer(Hit a, Hit b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return b.end > a.end ? b : a;
        }

        // ----- the grammar

        Hit at(int i) {
            Hit h = null;
            String word = w(i);
            char c = word.isEmpty() ? ' ' : word.charAt(0);
            if (Character.isLetter(c)) {
                h = longer(h, words(i));
                h = longer(h, modified(i));
                h = longer(h, approximate(i));
                h = longer(h, the(i));
                h = longer(h, quarter(i));
                h = longer(h, weekday(i, i));
                h = longer(h, month(i));
                h = longer(h, numeric(i));
                h = longer(h, set(i));
                h = longer(h, spelledYear(i));
                h = longer(h, seasonOf(i));
                h = longer(h, lasting(i));
                h = longer(h, bareStretch(i));
            } else if (Character.isDigit(c)) {
                h = longer(h, decade(i, i));
                h = longer(h, dayMonth(i));
                h = longer(h, year(i));
                h = longer(h, clock(i));
                h = longer(h, numeric(i));
                h = longer(h, isoDate(i));
            } else if (c == '\'') {
                h = decade(i, i);
            }
            return h;
        }

        /** Single words and fixed phrases: today, yesterday, now, recently, tonight, the weekend, ... */
        private Hit words(int i) {
            String word = w(i);
            switch (word) {
                case "today":
                    return dayWithPart(i, 0);
                case "yesterday":
                    return dayWithPart(i, -1);
                case "tomorrow":
                    return dayWithPart(i, 1);
                case "tonight":
                    return new Hit(i, i + 1, "TIME", ref == null ? null : ref + "TNI");
                case "now":
                case "currently":
                    return new Hit(i, i + 1, "DATE", "PRESENT_REF");
                case "current":
                    // "the current crisis"; "the current quarter" and "current year" are dates of their own
                    if (TimeWords.UNITS.containsKey(w(i + 1)) || is(i + 1, "fiscal") || is(i + 1, "account")
                            || is(i + 1, "-") || i + 1 >= toks.size() || !Character.isLetter(w(i + 1).charAt(0))) {
                        return null;
                    }
                    return new Hit(i, i + 1, "DATE", "PRESENT_REF");
                case "recently":
                    return new Hit(i, i + 1, "DATE", "PAST_REF");
                case "that":
                    return anaphoric(i, i + 1, 0); // "that day", "that year"
                case "these":
                    return is(i + 1, "days") ? new Hit(i, i + 2, "DATE", "PRESENT_REF") : null;
                case "then":
                    return is(i + 1, "current") ? new Hit(i, i + 2, "DATE", "PAST_REF") : null; // "the then current chief"
                case "one":
                    // "Islam will one day be ...": some day to come, not a day's length
                    return is(i + 1, "day") && MODALS.contains(w(i - 1)) ? new Hit(i, i + 2, "DATE", "FUTURE_REF") : null;
                case "a":
                    return is(i + 1, "later") && is(i + 2, "date") ? new Hit(i, i + 3, "DATE", "FUTURE_REF") : null;
                case "recent":
                    // "in recent years": a stretch of unstated length, as TimeBank mostly annotates it
                    String unit = TimeWords.UNITS.get(w(i + 1));
                    if (unit != null && w(i + 1).endsWith("s") && !unit.startsWith("T")) {
                        return new Hit(i, i + 2, "DURATION", vague(unit));
                    }
                    return null;
                case "noon":
                case "midday":
                    return withDay(i, i + 1, "T12:00");
                case "midnight":
                    return withDay(i, i + 1, "T24:00");
                case "thanksgiving":
                    if (!toks.get(i).capital()) {
                        return null;
                    }
                    int thanksEnd = is(i + 1, "day") ? i + 2 : i + 1;
                    if (ref == null) {
                        return new Hit(i, thanksEnd, "DATE", null);
                    }
                    int y = yearFor(11, 25, i, thanksEnd);
                    return new Hit(i, thanksEnd, "DATE", LocalDate.of(y, 11, 1)
                            .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).toString());
                case "christmas":
                    if (!toks.get(i).capital()) {
                        return null;
                    }
                    int end = is(i + 1, "day") || is(i + 1, "eve") ? i + 2 : i + 1;
                    return new Hit(i, end, "DATE", monthDay(12, is(i + 1, "eve") ? 24 : 25, i, end));
                case "new":
                    if (toks.get(i).capital() && is(i + 1, "year") && is(i + 2, "'") && is(i + 3, "s")
                            && (is(i + 4, "day") || is(i + 4, "eve"))) {
                        boolean eve = is(i + 4, "eve");
                        return new Hit(i, i + 5, "DATE", eve ? monthDay(12, 31, i, i + 5) : monthDay(1, 1, i, i + 5));
                    }
                    return null;
                default:
                    return null;
            }
        }

        /** today / yesterday / tomorrow, with a part of the day after it ("yesterday morning" is a TIME). */
        private Hit dayWithPart(int i, int offset) {
            LocalDate d = ref == null ? null : ref.plusDays(offset);
            String part = TimeWords.DAY_PARTS.get(w(i + 1));
            if (part != null) {
                return new Hit(i, i + 2, "TIME", d == null ? null : d + "T" + part);
            }
            return new Hit(i, i + 1, "DATE", d == null ? null : d.toString());
        }

        /** "last week", "this year", "next month", "last Friday", "this summer", "last November", "this morning". */
        private Hit relative(int i) {
            String mod = w(i);
            int dir = switch (mod) {
                case "last", "past", "previous" -> -1;
                case "this", "current" -> 0;
                case "next", "coming", "following" -> 1;
                default -> Integer.MIN_VALUE;
            };
            if (dir == Integer.MIN_VALUE) {
                return null;
            }
            String target = w(i + 1);
            int end = i + 2;
            if (TimeWords.WEEKDAYS.containsKey(target)) {
                DayOfWeek dow = DayOfWeek.of(TimeWords.WEEKDAYS.get(target));
                LocalDate d = ref == null ? null : dir < 0 ? ref.with(TemporalAdjusters.previous(dow))
                        : dir > 0 ? ref.with(TemporalAdjusters.next(dow)) : ref.with(dow);
                return dayPart(i, end, d);
            }
            if (TimeWords.MONTHS.containsKey(target) && toks.get(i + 1).capital()) {
                int m = TimeWords.MONTHS.get(target);
                if (is(end, ".") && glued(end) && target.length() <= 4) {
                    end++;
                }
                Integer day = day(end);
                if (ref == null) {
                    return new Hit(i, day == null ? end : end + 1, "DATE", null);
                }
                int year = ref.getYear();
                int at = m * 100 + (day == null ? 0 : day);
                int today = ref.getMonthValue() * 100 + (day == null ? 0 : ref.getDayOfMonth());
                if (dir < 0 && at >= today) {
                    year--;
                } else if (dir > 0 && at <= today) {
                    year++;
                }
                if (day != null) {
                    return new Hit(i, end + 1, "DATE", date(year, m, day));
                }
                return new Hit(i, end, "DATE", String.format(Locale.ROOT, "%d-%02d", year, m));
            }
            if (TimeWords.SEASONS.containsKey(target)) {
                return new Hit(i, end, "DATE", ref == null ? null : season(TimeWords.SEASONS.get(target), dir));
            }
            if (dir == 0 && TimeWords.DAY_PARTS.containsKey(target) && mod.equals("this")) {
                return new Hit(i, end, "TIME", ref == null ? null : ref + "T" + TimeWords.DAY_PARTS.get(target));
            }
            if (mod.equals("last") && target.equals("night")) {
                return new Hit(i, end, "TIME", ref == null ? null : ref.minusDays(1) + "TNI");
            }
            String unit = TimeWords.UNITS.get(target);
            if (mod.equals("coming") && unit != null && target.endsWith("s") && !unit.startsWith("T")) {
                return new Hit(i, end, "DURATION", vague(unit)); // "in the coming days", as "recent years"
            }
            if (unit == null || target.endsWith("s")) {
                return null;
            }
            if (mod.equals("past") || mod.equals("following")) {
                return new Hit(i, end, "DURATION", duration(1, unit));
            }
            if (ref == null) {
                return new Hit(i, end, "DATE", null);
            }
            if (unit.equals("Y") && is(end, "'") && is(end + 1, "s")) {
                // "this year's third quarter", "last year's quarter"
                Integer ord = TimeWords.ORDINALS.get(w(end + 2));
                if (ord != null && is(end + 3, "quarter")) {
                    return new Hit(i, end + 4, "DATE", (ref.getYear() + dir) + "-Q" + ord);
                }
                if (is(end + 2, "quarter") || is(end + 2, "period")) {
                    String q = namedQuarter != null ? namedQuarter.substring(4) : "-Q" + lastQuarter().get(IsoFields.QUARTER_OF_YEAR);
                    return new Hit(i, end + 3, "DATE", (ref.getYear() + dir) + q);
                }
            }
            if (unit.equals("Y") && dir < 0 && nearQuarter(i)) {
                return new Hit(i, end, "DATE", yearAgoQuarter()); // results "compared with a loss last year"
            }
            return switch (unit) {
                case "Y" -> new Hit(i, end, "DATE", Integer.toString(ref.getYear() + dir));
                case "M" -> new Hit(i, end, "DATE", month(ref.plusMonths(dir)));
                case "W" -> new Hit(i, end, "DATE", week(ref.plusWeeks(dir)));
                // "This quarter's loss": in a report, the quarter it is about; "the current quarter" is the reference's
                case "Q" -> new Hit(i, end, "DATE", dir == 0 && mod.equals("this") && namedQuarter != null ? namedQuarter
                        : quarterOf(ref.plusMonths(3L * dir)));
                case "DE" -> new Hit(i, end, "DATE", Integer.toString(ref.getYear() / 10 + dir));
                case "CE" -> new Hit(i, end, "DATE", Integer.toString(ref.getYear() / 100 + dir));
                case "WE" -> new Hit(i, end, "DATE", week(ref.plusWeeks(dir)) + "-WE");
                default -> null;
            };
        }

        /** "early next year", "late November", "earlier this month", "mid-1990s", "the end of 1994", "the end of the year". */
        private Hit modified(int i) {
            String word = w(i);
            int j;
            if (word.equals("early") || word.equals("late") || word.equals("earlier") || word.equals("later")
                    || word.equals("mid")) {
                j = i + 1;
                if (is(j, "-")) {
                    j++;
                }
                if (word.equals("mid") && !glued(j)) {
                    return null;
                }
                if (word.startsWith("earl") && is(j, "in") || word.startsWith("lat") && is(j, "in")) {
                    j++; // "earlier in the year"
                }
            } else if ((word.equals("end") || word.equals("beginning") || word.equals("start") || word.equals("middle"))
                    && is(i + 1, "of")) {
                j = i + 2;
            } else {
                return relative(i);
            }
            Hit inner = theYear(j);
            inner = longer(inner, relative(j));
            inner = longer(inner, month(j));
            inner = longer(inner, year(j));
            inner = longer(inner, decadeAt(j));
            inner = longer(inner, quarter(j));
            if (inner == null || !"DATE".equals(inner.type())) {
                return null;
            }
            return inner.from(i);
        }

        /** "the year", "the month", "the week" after "end of", "earlier in": the reference's. */
        private Hit theYear(int i) {
            if (is(i, "that")) {
                return anaphoric(i, i + 1, 0);
            }
            if (!is(i, "the") && !is(i, "this")) {
                return null;
            }
            String unit = TimeWords.UNITS.get(w(i + 1));
            if (unit == null || ref == null) {
                return null;
            }
            return switch (unit) {
                case "Y" -> new Hit(i, i + 2, "DATE", Integer.toString(ref.getYear()));
                case "M" -> new Hit(i, i + 2, "DATE", month(ref));
                case "W" -> new Hit(i, i + 2, "DATE", week(ref));
                default -> null;
            };
        }

        /** "more than two years", "nearly a decade", "at least three weeks", "about 10 days ago". */
        private Hit approximate(int i) {
            String word = w(i);
            int j;
            if (TimeWords.APPROX.contains(word)) {
                j = i + 1;
            } else if ((word.equals("more") || word.equals("less") || word.equals("fewer")) && is(i + 1, "than")
                    || word.equals("at") && (is(i + 1, "least") || is(i + 1, "most")) || word.equals("up") && is(i + 1, "to")) {
                j = i + 2;
            } else {
                return null;
            }
            Hit inner = numeric(j);
            return inner == null ? null : inner.from(i);
        }

        /** Expressions that begin with "the". */
        private Hit the(int i) {
            if (!w(i).equals("the")) {
                return null;
            }
            String next = w(i + 1);
            switch (next) {
                case "future":
                    return new Hit(i, i + 2, "DATE", "FUTURE_REF");
                case "near":
                case "short":
                    if (is(i + 2, "term") || next.equals("near") && is(i + 2, "future")) {
                        return new Hit(i, i + 3, "DATE", "FUTURE_REF");
                    }
                    break;
                case "year":
                case "current":
                case "full":
                case "fiscal":
                case "calendar":
                    Hit year = theWholeYear(i);
                    if (year != null) {
                        return year;
                    }
                    break;
                case "past":
                    if (toks.size() > i + 2 && (TimeWords.UNITS.containsKey(w(i + 2)) || number(i + 2) != null)) {
                        return span(i, i + 2);
                    }
                    return new Hit(i, i + 2, "DATE", "PAST_REF");
                case "weekend":
                    if (ref == null) {
                        return new Hit(i, i + 2, "DATE", null);
                    }
                    boolean future = Tense.of(toks, i, i + 2) > 0;
                    LocalDate d = future ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                            : ref.getDayOfWeek().getValue() >= 6 ? ref : ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                    return new Hit(i, i + 2, "DATE", week(d) + "-WE");
                case "end":
                case "beginning":
                case "start":
                case "middle":
                    Hit h = modified(i + 1);
                    return h == null ? null : h.from(i);
                case "same":
                    return anaphoric(i, i + 2, 0);
                case "week":
                    if (is(i + 2, "of")) { // "the week of March 6"
                        Hit day = longer(month(i + 3), dayMonth(i + 3));
                        if (day != null && day.value() != null && day.value().length() == 10) {
                            return new Hit(i, day.end(), "DATE", week(LocalDate.parse(day.value())));
                        }
                    }
                    break;
                case "previous":
                case "prior":
                case "following":
                case "next":
                    int step = next.equals("previous") || next.equals("prior") ? -1 : 1;
                    String unitWord = w(i + 2);
                    Integer weekdayAfter = TimeWords.WEEKDAYS.get(unitWord);
                    if (weekdayAfter != null && namedDate != null && namedDate.length() == 10) {
                        // "down from the previous Friday": the one before (or after) the day the text last named
                        LocalDate named = LocalDate.parse(namedDate);
                        DayOfWeek dow = DayOfWeek.of(weekdayAfter);
                        return new Hit(i, i + 3, "DATE", (step < 0 ? named.with(TemporalAdjusters.previous(dow))
                                : named.with(TemporalAdjusters.next(dow))).toString());
                    }
                    // "the following year" is a date after the one named; "over the next year", "the next two years" spans
                    boolean date = next.equals("next") ? unitWord.equals("day") || TimeWords.DAY_PARTS.containsKey(unitWord)
                            : !DURING.contains(w(i - 1));
                    Hit anaphoric = date ? anaphoric(i, i + 2, step) : null;
                    return anaphoric != null ? anaphoric : span(i, i + 2);
                case "last":
                case "coming":
                case "first":
                    return span(i, i + 2);
                default:
                    break;
            }
            Hit h = numeric(i + 1);
            if (h != null && "DURATION".equals(h.type())) {
                return h.from(i); // "the nine months"
            }
            return decade(i, i + 1);
        }

        /** "for weeks", "within days": a stretch of unstated length after a preposition of time. */
        private Hit bareStretch(int i) {
            String unit = TimeWords.UNITS.get(w(i));
            if (unit == null || !w(i).endsWith("s") || unit.startsWith("T") || unit.equals("WE") || unit.equals("Q")
                    || !STRETCH_PREPOSITIONS.contains(w(i - 1))) {
                return null;
            }
            return new Hit(i, i + 1, "DURATION", vague(unit));
        }

        /** "day-long", "decades-long": how long something lasts, as an adjective. */
        private Hit lasting(int i) {
            String unit = TimeWords.UNITS.get(w(i));
            if (unit == null || !is(i + 1, "-") || !glued(i + 1) || !is(i + 2, "long") || !glued(i + 2) || unit.equals("WE")) {
                return null;
            }
            return new Hit(i, i + 3, "DURATION", w(i).endsWith("s") ? vague(unit) : duration(1, unit));
        }

        /**
         * "the winter of 1994", "summer 1995", "the early summer" (the one the clause's tense points to); "the fall"
         * alone is too often not a season to be one.
         */
        private Hit seasonOf(int i) {
            boolean the = is(i, "the");
            int k = the ? i + 1 : i;
            if (is(k, "early") || is(k, "late") || is(k, "mid")) {
                k++;
                if (is(k, "-")) {
                    k++;
                }
            }
            String code = TimeWords.SEASONS.get(w(k));
            if (code == null) {
                return null;
            }
            int y = is(k + 1, "of") || is(k + 1, ",") ? k + 2 : k + 1;
            Hit year = year(y);
            if (year != null && year.value() != null && year.value().length() == 4) {
                return new Hit(i, year.end(), "DATE", year.value() + "-" + code);
            }
            if (!the || w(k).equals("fall") || is(k + 1, "of") || is(k + 1, "-")) {
                return null;
            }
            return new Hit(i, k + 1, "DATE", ref == null ? null : season(code, Integer.signum(Tense.of(toks, i, k + 1))));
        }

        /**
         * "the year", "the full year", "the current fiscal year": the reference's year, or a year's duration when it is
         * the year ended or ending on a date; "the year two thousand".
         */
        private Hit theWholeYear(int i) {
            int k = i + 1;
            while (is(k, "current") || is(k, "full") || is(k, "fiscal") || is(k, "calendar")) {
                k++;
            }
            if (!is(k, "year")) {
                return null;
            }
            Hit spelled = spelledYear(k + 1);
            if (spelled != null) {
                return spelled.from(i);
            }
            String after = w(k + 1);
            if (after.equals("-") || after.equals("'") || after.equals("earlier") || after.equals("ago")
                    || after.equals("before") || after.equals("end") || after.equals("of") || yearValue(k + 1) != null) {
                return null;
            }
            if (after.equals("ended") || after.equals("ending") || after.equals("through") || after.equals("to")) {
                return new Hit(i, k + 1, "DURATION", "P1Y");
            }
            return new Hit(i, k + 1, "DATE", ref == null ? null : Integer.toString(ref.getYear()));
        }

        /**
         * A year in words, as broadcast transcripts write it: "nineteen ninety-six", and after "year" also
         * "two thousand (and) one" ("fifteen hundred" is a count).
         */
        private Hit spelledYear(int i) {
            Integer first = TimeWords.NUMBERS.get(w(i));
            if (first == null) {
                return null;
            }
            if (first >= 11 && first <= 19) {
                Integer tens = TimeWords.NUMBERS.get(w(i + 1));
                if (tens == null) {
                    return null;
                }
                if (tens < 20 || tens > 90 || tens % 10 != 0) {
                    return null;
                }
                int year = first * 100 + tens;
                int end = i + 2;
                Integer unit = is(end, "-") && glued(end) ? TimeWords.NUMBERS.get(w(end + 1)) : null;
                if (unit != null && unit >= 1 && unit <= 9) {
                    year += unit;
                    end += 2;
                }
                return new Hit(i, end, "DATE", Integer.toString(year));
            }
            if (first == 2 && is(i + 1, "thousand") && is(i - 1, "year")) {
                int end = i + 2;
                int k = is(end, "and") ? end + 1 : end;
                Integer unit = TimeWords.NUMBERS.get(w(k));
                if (unit != null && unit >= 1 && unit <= 19) {
                    return new Hit(i, k + 1, "DATE", Integer.toString(2000 + unit));
                }
                return new Hit(i, end, "DATE", "2000");
            }
            return null;
        }

        /**
         * A day, month or year counted from the last one the text named ({@code step} of them after it): "the same
         * day", "the following year", "the next morning", "that week"; from the reference when the text named none
         * as precise. Null when the word at {@code at} is not such a unit.
         */
        private Hit anaphoric(int i, int at, int step) {
            String word = w(at);
            String unit = TimeWords.DAY_PARTS.containsKey(word) ? "D" : TimeWords.UNITS.get(word);
            if (is(at + 1, "-") && glued(at + 1)) {
                return null; // "so that day-to-day work goes on"
            }
            if ("Q".equals(unit) && !word.endsWith("s") && (namedQuarter != null || ref != null)) { // "that quarter"
                String q = namedQuarter != null ? namedQuarter : quarterOf(ref);
                int n = q.charAt(6) - '0';
                if (n < 1 || n > 4) {
                    return null;
                }
                LocalDate first = LocalDate.of(Integer.parseInt(q.substring(0, 4)), 3 * n - 2, 1);
                return new Hit(i, at + 1, "DATE", quarterOf(first.plusMonths(3L * step)));
            }
            if (unit == null || word.endsWith("s") || !(unit.equals("D") || unit.equals("W") || unit.equals("M") || unit.equals("Y"))) {
                return null;
            }
            int precision = unit.equals("Y") ? 4 : unit.equals("M") ? 7 : 10;
            LocalDate base = namedDate != null && namedDate.length() >= precision
                    ? LocalDate.parse(namedDate.length() == 10 ? namedDate : namedDate.length() == 7 ? namedDate + "-01" : namedDate + "-01-01")
                    : ref;
            if (base == null) {
                return new Hit(i, at + 1, "DATE", null);
            }
            String value = switch (unit) {
                case "Y" -> Integer.toString(base.getYear() + step);
                case "M" -> month(base.plusMonths(step));
                case "W" -> week(base.plusWeeks(step));
                default -> base.plusDays(step).toString();
            };
            return new Hit(i, at + 1, "DATE", value);
        }

        /** "the past two months", "the next five years", "the first nine months", "the past year": durations. */
        private Hit span(int i, int j) {
            Hit h = numeric(j);
            if (h != null && "DURATION".equals(h.type())) {
                return h.from(i);
            }
            String unit = TimeWords.UNITS.get(w(j));
            if (unit != null && !w(j).endsWith("s") && (unit.equals("Y") || unit.equals("M") || unit.equals("W")
                    || unit.equals("DE") || unit.equals("CE"))) {
                return new Hit(i, j + 1, "DURATION", duration(1, unit));
            }
            return null;
        }

        /** A number: digits, number words ("twenty-five"), "a"/"an", "a few", "a couple of", "several", "half a". */
        private Num number(int i) {
            String word = w(i);
            if (word.isEmpty()) {
                return null;
            }
            if (toks.get(i).plainNumber() || DECIMAL.matcher(word).matches()) {
                try {
                    return andAHalf(new Num(Double.parseDouble(word) + fraction(w(i + 1)), fraction(w(i + 1)) > 0 ? i + 2 : i + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (word.equals("a") || word.equals("an")) {
                if (is(i + 1, "few")) {
                    return new Num(Double.NaN, i + 2);
                }
                if (is(i + 1, "couple") && is(i + 2, "of")) {
                    return new Num(2, i + 3);
                }
                if (is(i + 1, "half") && is(i + 2, "dozen")) {
                    return new Num(6, i + 3);
                }
                if (is(i + 1, "dozen")) {
                    return new Num(12, i + 2);
                }
                return new Num(1, i + 1);
            }
            if (word.equals("half") && (is(i + 1, "a") || is(i + 1, "an"))) {
                return new Num(0.5, i + 2);
            }
            if (word.equals("couple") && is(i + 1, "of") && i > 0 && (is(i - 1, "next") || is(i - 1, "past")
                    || is(i - 1, "last") || is(i - 1, "first"))) {
                return new Num(2, i + 2); // "the next couple of years"
            }
            if (TimeWords.VAGUE.contains(word)) {
                return new Num(Double.NaN, i + 1);
            }
            Integer n = TimeWords.NUMBERS.get(word);
            if (n == null) {
                return null;
            }
            int next = i + 1;
            int unitAt = is(next, "-") ? next + 1 : next; // "twenty-four", and "twenty four" as transcripts write it
            if (n >= 20 && n < 100 && n % 10 == 0 && TimeWords.NUMBERS.containsKey(w(unitAt))
                    && TimeWords.NUMBERS.get(w(unitAt)) < 10) {
                n += TimeWords.NUMBERS.get(w(unitAt));
                next = unitAt + 1;
            }
            if (is(next, "hundred")) {
                n *= 100;
                next++;
            }
            return andAHalf(new Num(n, next));
        }

        /** "two and a half": the number with its half, the token after it. */
        private Num andAHalf(Num n) {
            int k = n.next();
            return is(k, "and") && is(k + 1, "a") && is(k + 2, "half") ? new Num(n.value() + 0.5, k + 3) : n;
        }

        /** The value of a written fraction token ("1/2" -> 0.5), 0 when it is none. */
        private static double fraction(String word) {
            return switch (word) {
                case "1/2" -> 0.5;
                case "1/4" -> 0.25;
                case "3/4" -> 0.75;
                default -> 0;
            };
        }

        /**
         * Number + unit: a DATE when it counts back or forward from the reference ("two years ago", "a year
         * earlier"), else a DURATION ("three days", "two-year", "10-day", "several weeks").
         */
        private Hit numeric(int i) {
            Num num = number(i);
            if (num == null) {
                // "year-earlier", "year-ago" as adjectives
                if ((is(i, "year") || is(i, "month") || is(i, "week")) && is(i + 1, "-") && (is(i + 2, "earlier") || is(i + 2, "ago"))) {
                    return yearAgo(i, i + 3);
                }
                return null;
            }
            if (yearValue(i) != null && yearValue(i) >= 1800) {
                return null; // "the 1988 quarter" is a year's
            }
            int j = num.next();
            if ((MORE.contains(w(j)) || KINDS_OF_DAYS.contains(w(j))) && TimeWords.UNITS.containsKey(w(j + 1)) && !num.vague()) {
                j++; // "two more weeks", "an additional year", "eight trading days"
            }
            boolean hyphen = is(j, "-");
            if (hyphen) {
                j++;
            }
            String unitWord = w(j);
            String unit = TimeWords.UNITS.get(unitWord);
            if (unit == null || unit.equals("WE") && num.value() != 1 || unit.equals("Q") && hyphen) {
                return null; // "three-quarters" is a fraction
            }
            int end = j + 1;
            if (is(end, "-") && is(end + 1, "long")) {
                if (!hyphen) {
                    return null; // "a decades-long dispute": the adjective alone is the expression
                }
                end += 2; // "a two-year-long war"
            }
            if (!hyphen && is(end, "and") && is(end + 1, "a") && is(end + 2, "half") && !num.vague()) {
                num = new Num(num.value() + 0.5, num.next());
                end += 3;
            }
            if (!hyphen && is(end, "or") && is(end + 1, "so") && (is(end + 2, "ago") || is(end + 2, "earlier")
                    || is(end + 2, "later"))) {
                end += 2; // "a week or so ago"
            }
            String after = w(end);
            if (!hyphen && is(end, "-") && (is(end + 1, "earlier") || is(end + 1, "ago")) && glued(end) && glued(end + 1)) {
                return yearAgo(j, end + 2); // "a year-earlier loss": the adjective alone
            }
            if (!hyphen && after.equals("later")) {
                // "three days later": a span after some event the text tells, not a date from the reference; TimeML
                // leaves "later" out as a signal and types the span a DURATION, as TimeBank does every time
                return new Hit(i, end, "DURATION", num.vague() ? vague(unit) : duration(num.value(), unit));
            }
            if (!hyphen && (after.equals("ago") || after.equals("earlier") || after.equals("later") || after.equals("hence")
                    || after.equals("from") && is(end + 1, "now") || after.equals("back") && !num.vague())) {
                int stop = after.equals("from") ? end + 2 : end + 1;
                return ago(i, stop, num, unit, !after.equals("later") && !after.equals("hence") && !after.equals("from"));
            }
            boolean article = w(i).equals("a") || w(i).equals("an");
            if (article && (unitWord.equals("second") || unitWord.equals("quarter") || unitWord.equals("night")
                    || unitWord.equals("day"))) {
                return null; // "a second time", "a quarter of", "a day after"
            }
            if (article && i > 0 && perWhat(i - 1)) {
                return new Hit(i, end, "SET", duration(1, unit)); // "$5 a year", "twice a week"
            }
            if (num.value() > 0 && num.value() < 1 && !num.vague()) {
                return null;
            }
            if (unit.equals("N")) {
                unit = "D";
            }
            if (hyphen && (is(end, "-") && is(end + 1, "old") || is(end, "old"))) {
                return null; // ages
            }
            return new Hit(i, end, "DURATION", num.vague() ? vague(unit) : duration(num.value(), unit));
        }

        /** Whether the token before an "a" + unit makes it a rate: "$5 a year", "twice a week", "10% a month". */
        private boolean perWhat(int i) {
            Tok t = toks.get(i);
            String word = t.lower();
            return t.digits() || word.equals("%") || word.equals("percent") || word.equals("times") || word.equals("twice")
                    || word.equals("once") || word.equals("thrice") || TimeWords.NUMBERS.containsKey(word)
                    || word.equals("million") || word.equals("billion") || word.equals("dollars");
        }

        /** "two years ago" at the unit's granularity; a quarter when the sentence speaks of quarters. */
        private Hit ago(int i, int end, Num num, String unit, boolean back) {
            if (ref == null || num.vague()) {
                String v = switch (unit) {
                    case "Y" -> "PAST_REF";
                    default -> null;
                };
                return new Hit(i, end, "DATE", back ? v : "FUTURE_REF");
            }
            long n = (long) num.value();
            if (n != num.value() && !unit.startsWith("T")) {
                return new Hit(i, end, "DATE", null);
            }
            long s = back ? -n : n;
            String value = switch (unit) {
                case "Y" -> quarterly(i) && n == 1 && back ? yearAgoQuarter() : quarterly(i)
                        ? quarterOf(lastQuarter().plusYears(s)) : Integer.toString(ref.getYear() + (int) s);
                case "M" -> month(ref.plusMonths(s));
                case "W" -> week(ref.plusWeeks(s));
                case "D", "N" -> ref.plusDays(s).toString();
                case "DE" -> Integer.toString((ref.getYear() + 10 * (int) s) / 10);
                case "CE" -> Integer.toString((ref.getYear() + 100 * (int) s) / 100);
                case "Q" -> quarterOf(ref.plusMonths(3 * s));
                case "TH", "TM", "TS" -> ref.toString();
                default -> null;
            };
            return new Hit(i, end, unit.startsWith("T") ? "TIME" : "DATE", value);
        }

        /** "year-earlier", "the year-ago quarter", "year-ago period". */
        private Hit yearAgo(int i, int end) {
            boolean quarterNoun = is(end, "quarter") || is(end, "period");
            if (ref == null) {
                return new Hit(i, end, "DATE", null);
            }
            if (quarterNoun || quarterly(i)) {
                return new Hit(i, quarterNoun ? end + 1 : end, "DATE", yearAgoQuarter());
            }
            return new Hit(i, end, "DATE", Integer.toString(ref.getYear() - 1));
        }

        /** Whether the sentence around token i speaks of quarterly results. */
        private boolean quarterly(int i) {
            for (int k = Math.max(0, i - QUARTERLY_BEFORE); k < Math.min(toks.size(), i + 30); k++) {
                if (is(k, "quarter") || is(k, "quarterly")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence around token i speaks of a quarter. */
        private boolean nearQuarter(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 25) && !is(k, "."); k--) {
                if (is(k, "quarter") || is(k, "quarterly")) {
                    return true;
                }
            }
            for (int k = i + 1; k < Math.min(toks.size(), i + 15) && !is(k, "."); k++) {
                if (is(k, "quarter")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a match counts back from another date ("a year earlier", "the year-ago quarter"). */
        private boolean countsBack(Hit h) {
            for (int k = h.from; k < h.end; k++) {
                if (is(k, "ago") || is(k, "earlier") || is(k, "before") || is(k, "prior") || is(k, "previous")) {
                    return true;
                }
            }
            return false;
        }

        /** The quarter a year before the one the text last named, else before the last completed quarter. */
        private String yearAgoQuarter() {
            if (namedQuarter != null) {
                return (Integer.parseInt(namedQuarter.substring(0, 4)) - 1) + namedQuarter.substring(4);
            }
            return quarterOf(lastQuarter().minusYears(1));
        }

        /**
         * Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1998", "the first half of
         * next year", "the quarter", "the latest quarter", "the year-ago quarter", "fiscal 1998".
         */
        private Hit quarter(int i) {
            int k = i;
            if (is(k, "fiscal")) {
                Hit y = year(k + 1);
                if (y == null && is(k + 1, "year")) {
                    y = year(k + 2);
                }
                return y == null ? null : y.from(i);
            }
            boolean the = is(k, "the");
            if (the) {
                k++;
            }
            Integer ord = TimeWords.ORDINALS.get(w(k));
            int j = k + 1;
            boolean twoQuarters = the && (is(k, "first") || is(k, "last")) && is(k + 1, "two") && is(k + 2, "quarters")
                    && (is(k + 3, "of") || is(k + 3, "in")) && yearRef(k + 4) != null;
            if (twoQuarters || the && is(k, "last") && is(k + 1, "half")) {
                ord = is(k, "first") ? 1 : 2; // "the first two quarters of 1990" is its first half, "the last half" the second
                j = twoQuarters ? k + 2 : k + 1;
            }
            if (ord != null) {
                boolean hyphen = is(j, "-");
                if (hyphen) {
                    if (the) {
                        return null; // "the third-quarter results": the adjective alone is the expression
                    }
                    j++;
                }
                boolean half = is(j, "half") || twoQuarters;
                if (!is(j, "quarter") && !half || half && ord > 2) {
                    return null;
                }
                int end = j + 1;
                Integer year = null;
                if ((is(end, "of") || is(end, "in")) && !hyphen) {
                    Hit y = yearRef(end + 1);
                    if (y != null) {
                        year = Integer.parseInt(y.value());
                        end = y.end;
                    } else if (is(end, "of") && half) {
                        return null; // "the second half of the '80s", "the first half of the match"
                    }
                } else if (!hyphen) {
                    Hit y = year(end);
                    if (y != null && y.value() != null) {
                        year = Integer.parseInt(y.value());
                        end = y.end;
                    }
                }
                if (year == null) {
                    if (ref == null) {
                        return new Hit(i, end, "DATE", null);
                    }
                    int current = half ? (ref.getMonthValue() + 5) / 6 : ref.get(IsoFields.QUARTER_OF_YEAR);
                    year = ord > current ? ref.getYear() - 1 : ref.getYear();
                }
                return new Hit(i, end, "DATE", year + (half ? "-H" : "-Q") + ord);
            }
            if (!the) {
                return null;
            }
            Integer year = yearValue(k);
            if (year != null) {
                Integer n = TimeWords.ORDINALS.get(w(k + 1));
                if (n != null && is(k + 2, "quarter")) {
                    return new Hit(i, k + 3, "DATE", year + "-Q" + n);
                }
                if ((is(k + 1, "quarter") || is(k + 1, "period")) && ref != null) {
                    return new Hit(i, k + 2, "DATE", year + "-Q" + lastQuarter().get(IsoFields.QUARTER_OF_YEAR));
                }
                return null;
            }
            String mod = w(k);
            if (mod.equals("quarter")) {
                if (ref != null && is(k + 1, "a") && is(k + 2, "year") && (is(k + 3, "ago") || is(k + 3, "earlier"))) {
                    return new Hit(i, k + 4, "DATE", yearAgoQuarter()); // "the quarter a year ago"
                }
                return ref == null ? new Hit(i, k + 1, "DATE", null) : new Hit(i, k + 1, "DATE", quarterOf(lastQuarter()));
            }
            if (mod.equals("current") && is(k + 1, "quarter")) {
                return new Hit(i, k + 2, "DATE", ref == null ? null : quarterOf(ref));
            }
            if (mod.equals("most") && is(k + 1, "recent")) {
                k++;
                mod = "recent";
            }
            if ((mod.equals("latest") || mod.equals("recent") || mod.equals("just")) && (is(k + 1, "quarter") || is(k + 1, "period"))) {
                return new Hit(i, k + 2, "DATE", ref == null ? null : quarterOf(lastQuarter()));
            }
            if ((mod.equals("year") || mod.equals("month")) && is(k + 1, "-") && (is(k + 2, "ago") || is(k + 2, "earlier"))) {
                Hit h = yearAgo(k, k + 3);
                return h == null ? null : h.from(i);
            }
            return null;
        }

        /** A year after "of"/"in": 1998, this year, last year, next year. */
        private Hit yearRef(int i) {
            Hit y = year(i);
            if (y != null && y.value() != null) {
                return y;
            }
            if (ref != null && is(i + 1, "year")) {
                int dir = is(i, "last") ? -1 : is(i, "this") || is(i, "the") ? 0 : is(i, "next") ? 1 : Integer.MIN_VALUE;
                if (dir != Integer.MIN_VALUE) {
                    return new Hit(i, i + 2, "DATE", Integer.toString(ref.getYear() + dir));
                }
            }
            return null;
        }

        /**
         * A weekday at token i: with a date after it, a part of the day, or alone (resolved by the tense of the clause
         * around the expression, which starts at {@code from}: "9 a.m. Tuesday").
         */
        private Hit weekday(int i, int from) {
            Integer dow = TimeWords.WEEKDAYS.get(w(i));
            if (dow == null) {
                String word = w(i);
                Integer plural = word.endsWith("s") ? TimeWords.WEEKDAYS.get(word.substring(0, word.length() - 1)) : null;
                if (plural != null && toks.get(i).capital()) {
                    return new Hit(i, i + 1, "SET", "XXXX-WXX-" + plural); // "Fridays"
                }
                return null;
            }
            int j = i + 1;
            if (is(j, ",")) {
                j++;
            }
            Hit date = longer(month(j), dayMonth(j));
            if (date != null && date.value() != null && date.value().length() == 10) {
                return date.from(i);
            }
            return dayPart(i, i + 1, weekdayDate(dow, from, i + 1));
        }

        /** The day of a weekday written alone at tokens [from, to): the past or the coming one, by its clause's tense. */
        private LocalDate weekdayDate(int dow, int from, int to) {
            if (ref == null) {
                return null;
            }
            DayOfWeek day = DayOfWeek.of(dow);
            if (ref.getDayOfWeek() == day) {
                return ref;
            }
            return Tense.of(toks, from, to) > 0 ? ref.with(TemporalAdjusters.next(day)) : ref.with(TemporalAdjusters.previous(day));
        }

        /** A day with an optional part of the day after it ("Friday morning"). */
        private Hit dayPart(int i, int end, LocalDate d) {
            // "Friday night" and "Friday morning" are the day, as TimeBank mostly annotates them (the part stays in
            // the extent); "Friday evening" and "Friday afternoon" the part of the day, as it annotates every evening
            String part = TimeWords.DAY_PARTS.get(w(end));
            if (part != null && (part.equals("EV") || part.equals("AF"))) {
                return new Hit(i, end + 1, "TIME", d == null ? null : d + "T" + part);
            }
            int stop = part != null ? end + 1 : end;
            return new Hit(i, stop, "DATE", d == null ? null : d.toString());
        }

        /** "Nov. 25", "November 25, 1999", "November 1999", "July of 1997", "November" (year from the tense). */
        private Hit month(int i) {
            Tok t = i < toks.size() ? toks.get(i) : null;
            Integer m = TimeWords.MONTHS.get(w(i));
            if (m == null || !t.capital()) {
                return null;
            }
            int j = i + 1;
            boolean abbreviated = w(i).length() <= 4 && !w(i).equals("may") && !w(i).equals("june") && !w(i).equals("july");
            if (is(j, ".") && glued(j) && (abbreviated || w(i).equals("sept"))) {
                j++;
            } else if (abbreviated && !w(i).equals("sept")) {
                // an abbreviation without its period ("Mar 3") only before a day number
                if (!toks.get(Math.min(j, toks.size() - 1)).digits() || j >= toks.size()) {
                    return null;
                }
            }
            Integer day = day(j);
            if (day != null) {
                int end = j + 1;
                int k = is(end, ",") ? end + 1 : end;
                Integer year = yearValue(k);
                if (year != null) {
                    return new Hit(i, k + 1, "DATE", date(year, m, day));
                }
                return new Hit(i, end, "DATE", monthDay(m, day, i, end));
            }
            int k = is(j, ",") || is(j, "of") ? j + 1 : j;
            Integer year = yearValue(k);
            if (year != null) {
                return new Hit(i, k + 1, "DATE", String.format(Locale.ROOT, "%d-%02d", year, m));
            }
            if (TimeWords.AMBIGUOUS_MONTHS.contains(w(i)) && !TimeWords.MONTH_CONTEXT.contains(w(i - 1))) {
                return null;
            }
            Hit yearAfter = yearRef(j);
            if (yearAfter != null && !is(j, "the") && yearAfter.value() != null) {
                return new Hit(i, yearAfter.end, "DATE", yearAfter.value() + String.format(Locale.ROOT, "-%02d", m)); // "July last year"
            }
            if (ref == null) {
                return new Hit(i, j, "DATE", String.format(Locale.ROOT, "XXXX-%02d", m));
            }
            int year2 = yearFor(m, 15, i, j);
            return new Hit(i, j, "DATE", String.format(Locale.ROOT, "%d-%02d", year2, m));
        }

        /** "25 November 1999", "25th of November", "1 December" (year from the tense). */
        private Hit dayMonth(int i) {
            Integer day = day(i);
            if (day == null) {
                return null;
            }
            int j = is(i + 1, "of") ? i + 2 : i + 1;
            Integer m = TimeWords.MONTHS.get(w(j));
            if (m == null || j >= toks.size() || !toks.get(j).capital()) {
                return null;
            }
            int end = j + 1;
            if (is(end, ".") && glued(end) && w(j).length() <= 4) {
                end++;
            }
            int k = is(end, ",") ? end + 1 : end;
            Integer year = yearValue(k);
            if (year != null) {
                return new Hit(i, k + 1, "DATE", date(year, m, day));
            }
            return new Hit(i, end, "DATE", monthDay(m, day, i, end));
        }

        /** A day of the month at token i: 1..31, with or without an ordinal suffix. */
        private Integer day(int i) {
            String word = w(i);
            if (word.isEmpty() || !Character.isDigit(word.charAt(0)) || word.length() > 4) {
                return null;
            }
            Matcher m = DAY_OF_MONTH.matcher(word);
            if (!m.matches()) {
                return null;
            }
            int d = Integer.parseInt(m.group(1));
            return d >= 1 && d <= 31 ? d : null;
        }

        /** A four-digit year at token i (1000-2099), or null. */
        private Integer yearValue(int i) {
            if (i >= toks.size() || !toks.get(i).plainNumber() || w(i).length() != 4) {
                return null;
            }
            int y = Integer.parseInt(w(i));
            return y >= 1000 && y <= 2099 ? y : null;
        }

        /** A year on its own: "in 1994", "1994's"; not an amount ("$1994", "1994 percent", "No. 1994"). */
        private Hit year(int i) {
            Hit spelled = spelledYear(i);
            if (spelled != null) {
                return spelled;
            }
            Integer y = yearValue(i);
            if (y == null || y < 1800) {
                return null;
            }
            String before = w(i - 1);
            if (before.equals("$") || before.equals("€") || before.equals("£") || before.equals("#") || before.equals("no")
                    || before.equals(".") && glued(i) || before.equals(",") && glued(i)) {
                return null;
            }
            String after = w(i + 1);
            if (after.equals("%") || after.equals("percent") || after.equals("per") || after.equals(":")
                    || after.equals("-") && glued(i + 1) && i + 2 < toks.size() && toks.get(i + 2).digits()
                    && yearValue(i + 2) == null && !w(i + 2).matches("\\d\\d")) {
                return null;
            }
            return new Hit(i, i + 1, "DATE", Integer.toString(y));
        }

        /** A decade at token j, with "the" at i when i < j: "1990s", "the 1990s", "the '90s", "the mid-1990s". */
        private Hit decade(int i, int j) {
            String word = w(j);
            if (word.equals("mid") && is(j + 1, "-")) {
                Hit inner = decade(j + 2, j + 2);
                return inner == null ? null : inner.from(i);
            }
            if (word.equals("'") && j + 1 < toks.size() && glued(j + 1) && w(j + 1).matches("\\d0s")) {
                if (ref == null) {
                    return new Hit(i, j + 2, "DATE", null);
                }
                return new Hit(i, j + 2, "DATE", (ref.getYear() / 100) + w(j + 1).substring(0, 1));
            }
            if (word.matches("1\\d{2}0s|20\\d0s")) {
                return new Hit(i, j + 1, "DATE", word.substring(0, 3));
            }
            Integer tens = DECADE_WORDS.get(word);
            if (tens != null && i < j) { // "the nineties": of the reference's century, or the last one for decades ahead of it
                if (ref == null) {
                    return new Hit(i, j + 1, "DATE", null);
                }
                int century = ref.getYear() / 100 * 100;
                int start = century + tens * 10 > ref.getYear() ? century - 100 + tens * 10 : century + tens * 10;
                return new Hit(i, j + 1, "DATE", Integer.toString(start / 10));
            }
            Matcher c = CENTURY_ORDINAL.matcher(word);
            if (c.matches() && is(j + 1, "century")) { // "the 20th century" is 19..
                int n = Integer.parseInt(c.group(1));
                return n >= 1 && n <= 21 ? new Hit(i, j + 2, "DATE", String.format(Locale.ROOT, "%02d", n - 1)) : null;
            }
            return null;
        }

        private Hit decadeAt(int i) {
            return decade(i, is(i, "the") ? i + 1 : i);
        }

        /** "3 p.m.", "10:30 a.m. EST", "3pm", "18:30": a time on the reference day. */
        private Hit clock(int i) {
            String word = w(i);
            int hour;
            int minute = 0;
            int j = i + 1;
            Matcher m = CLOCK.matcher(word);
            if (!m.matches()) {
                return null;
            }
            hour = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                minute = Integer.parseInt(m.group(2));
            }
            String suffix = m.group(3);
            if (suffix == null || suffix.isEmpty()) {
                if (is(j, "a") || is(j, "p")) {
                    if (is(j + 1, ".") && is(j + 2, "m")) {
                        suffix = w(j) + "m";
                        j += is(j + 3, ".") ? 4 : 3;
                    }
                } else if (is(j, "am") || is(j, "pm")) {
                    suffix = w(j);
                    j++;
                }
            }
            if ((suffix == null || suffix.isEmpty()) && m.group(2) == null && hour >= 1 && hour <= 12 && is(j, "in")
                    && is(j + 1, "the") && TimeWords.DAY_PARTS.containsKey(w(j + 2)) && !is(j + 2, "night")) {
                boolean later = !is(j + 2, "morning") && hour < 12; // "4 in the afternoon" is 16:00
                return withDay(i, j + 3, String.format(Locale.ROOT, "T%02d:00", later ? hour + 12 : hour % 12));
            }
            if (suffix == null || suffix.isEmpty()) {
                if (m.group(2) == null || hour > 24 || minute > 59) {
                    return null; // a bare number is not a time; "18:30" is
                }
            } else {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                if (suffix.startsWith("p") && hour < 12) {
                    hour += 12;
                } else if (suffix.startsWith("a") && hour == 12) {
                    hour = 0;
                }
            }
            if (TIME_ZONES.contains(w(j))) {
                j++;
            }
            return withDay(i, j, String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
        }

        /** A clock time ending before token j, with the day written after it ("noon Thursday", "5 p.m. EST, Nov. 6"). */
        private Hit withDay(int i, int j, String clock) {
            int k = is(j, ",") ? j + 1 : j;
            // "until 9 a.m. Tuesday": a weekday's tense is read around the whole expression
            Hit day = TimeWords.WEEKDAYS.containsKey(w(k)) ? weekday(k, i) : longer(month(k), longer(dayMonth(k), words(k)));
            if (day != null && "DATE".equals(day.type()) && day.value() != null && day.value().length() == 10) {
                return new Hit(i, day.end, "TIME", day.value() + clock);
            }
            String anchor = namedDate != null && namedDate.length() == 10 ? namedDate : ref == null ? null : ref.toString();
            return new Hit(i, j, "TIME", anchor == null ? "XXXX-XX-XX" + clock : anchor + clock);
        }

        /** "2022-01-09", "1/9/2022" (month first, unless the first number cannot be a month). */
        private Hit isoDate(int i) {
            String word = w(i);
            if (word.length() == 4 && is(i + 1, "-") && glued(i + 1) && glued(i + 2) && w(i + 2).matches("\\d\\d")
                    && is(i + 3, "-") && glued(i + 3) && glued(i + 4) && w(i + 4).matches("\\d\\d")) {
                Integer y = yearValue(i);
                if (y != null) {
                    String v = date(y, Integer.parseInt(w(i + 2)), Integer.parseInt(w(i + 4)));
                    return v == null ? null : new Hit(i, i + 5, "DATE", v);
                }
            }
            Matcher m = SLASH_DATE.matcher(word);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                if (y < 100) {
                    y += y < 50 ? 2000 : 1900;
                }
                String v = a > 12 ? date(y, b, a) : date(y, a, b);
                return v == null ? null : new Hit(i, i + 1, "DATE", v);
            }
            return null;
        }

        /** "daily", "weekly", "annually", "every week", "each year", "every two years". */
        private Hit set(int i) {
            String word = w(i);
            String adverb = switch (word) {
                case "daily", "nightly" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "annually", "yearly" -> "P1Y";
                case "hourly" -> "PT1H";
                default -> null;
            };
            if (adverb != null) {
                return new Hit(i, i + 1, "SET", adverb);
            }
            if (word.equals("every") || word.equals("each")) {
                Num n = number(i + 1);
                boolean counted = n != null && !n.vague() && !w(i + 1).equals("a") && !w(i + 1).equals("an");
                int j = counted ? n.next() : i + 1;
                if (is(j, "other")) {
                    j++;
                }
                if (!counted && TimeWords.MONTHS.containsKey(w(j)) && toks.get(j).capital()) {
                    return new Hit(i, j + 1, "SET", String.format(Locale.ROOT, "XXXX-%02d", TimeWords.MONTHS.get(w(j))));
                }
                String unit = TimeWords.UNITS.get(w(j));
                if (unit != null && !unit.equals("Q") && !unit.equals("WE") || TimeWords.WEEKDAYS.containsKey(w(j))) {
                    if (TimeWords.WEEKDAYS.containsKey(w(j))) {
                        return new Hit(i, j + 1, "SET", "XXXX-WXX-" + TimeWords.WEEKDAYS.get(w(j)));
                    }
                    double count = counted ? n.value() : 1;
                    return new Hit(i, j + 1, "SET", duration(count, unit));
                }
            }
            return null;
        }

        // ----- values

        /** A month and day without a year: the year that fits the tense of the clause. */
        private String monthDay(int m, int d, int from, int to) {
            if (ref == null) {
                return String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d);
            }
            int year = yearFor(m, d, from, to);
            return date(year, m, d);
        }

        /**
         * The year of a month and day written without one: the one nearest to the reference date, a date on the
         * wrong side of it for the tense of the clause (by more than a week) counting three times its distance, or
         * only when no year fits if the tense is sure.
         */
        private int yearFor(int m, int d, int from, int to) {
            int tense = Tense.of(toks, from, to);
            int best = ref.getYear();
            long bestScore = Long.MAX_VALUE;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                LocalDate c = LocalDate.of(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
                long diff = java.time.temporal.ChronoUnit.DAYS.between(ref, c);
                long score = Math.abs(diff);
                if (tense < 0 && diff > 7 || tense > 0 && diff < -7) {
                    score = Math.abs(tense) == 2 ? score + 400 : score * 3; // a sure tense excludes that side
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = y;
                }
            }
            return best;
        }

        private String season(String code, int dir) {
            int year = ref.getYear();
            int month = ref.getMonthValue();
            int lastMonth = switch (code) {
                case "SP" -> 5;
                case "SU" -> 8;
                case "FA" -> 11;
                default -> 2;
            };
            int firstMonth = switch (code) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            if (dir < 0 && month <= lastMonth && !code.equals("WI")) {
                year--;
            } else if (dir > 0 && month >= firstMonth) {
                year++;
            }
            return year + "-" + code;
        }

        private LocalDate lastQuarter() {
            return ref.minusMonths(3);
        }

        private static String date(int y, int m, int d) {
            try {
                return LocalDate.of(y, m, d).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static String month(LocalDate d) {
            return d.toString().substring(0, 7);
        }

        private static String week(LocalDate d) {
            return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        private static String quarterOf(LocalDate d) {
            return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
        }

        private static String letters(String unit) {
            return switch (unit) {
                case "TH" -> "H";
                case "TM" -> "M";
                case "TS" -> "S";
                case "F" -> "W";
                default -> unit;
            };
        }

        /** A duration of unstated length in a unit: PXY for years, and for decades and centuries as they count in years. */
        private static String vague(String unit) {
            return unit.equals("DE") || unit.equals("CE") ? "PXY" : "PX" + letters(unit);
        }

        /** A TIMEX3 duration: P2Y, P9M, PT30M, P1DE, P2W for a fortnight. */
        private static String duration(double n, String unit) {
            if (unit.equals("F")) {
                n *= 2;
            }
            if (unit.equals("Q")) {
                n *= 3;
                unit = "M";
            }
            if (unit.equals("WE")) {
                return "P2D";
            }
            if (unit.equals("DE") || unit.equals("CE")) {
                n *= unit.equals("DE") ? 10 : 100;
                unit = "Y";
            }
            if (n != Math.rint(n)) { // "2 1/2 years" is P2Y6M, "an hour and a half" PT1H30M
                String smaller = switch (unit) {
                    case "Y" -> "M";
                    case "TH" -> "TM";
                    case "TM" -> "TS";
                    default -> null;
                };
                double parts = unit.equals("Y") ? 12 : 60;
                double rest = (n - Math.floor(n)) * parts;
                if (smaller != null && rest == Math.rint(rest)) {
                    String whole = n >= 1 ? (long) Math.floor(n) + letters(unit) : "";
                    return (unit.startsWith("T") ? "PT" : "P") + whole + (long) rest + letters(smaller);
                }
            }
            String amount = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
            return (unit.startsWith("T") ? "PT" : "P") + amount + letters(unit);
        }
    }

    private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q\\d");
    /** Words before "the next/following ..." that make it a span ("over the following year"). */
    private static final java.util.Set<String> DURING = java.util.Set.of("for", "over", "during", "within", "through",
            "throughout");
    private static final java.util.Set<String> STRETCH_PREPOSITIONS = java.util.Set.of("in", "within", "for");
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "could", "may", "might", "can",
            "shall", "should", "must");
    private static final java.util.Set<String> MORE = java.util.Set.of("more", "additional", "extra", "further");
    private static final java.util.Set<String> KINDS_OF_DAYS = java.util.Set.of("trading", "business", "working",
            "calendar", "straight", "consecutive");
    private static final Pattern CENTURY_ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final java.util.Map<String, Integer> DECADE_WORDS = java.util.Map.of("twenties", 2, "thirties", 3,
            "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm)?");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final java.util.Set<String> TIME_ZONES = java.util.Set.of("est", "edt", "cst", "cdt", "pst", "pdt",
            "gmt", "utc", "cet", "cest", "msk", "bst", "et", "pt");
}
