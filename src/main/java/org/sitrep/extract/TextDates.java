package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates in text, in English, French, German, Italian, Spanish and Russian: ISO 8601 timestamps,
 * RFC 822 dates, "13 Jan. 2022 at 18: 53", "January 13, 2022", "13 janvier 2022 à 18h53", "13. Januar 2022",
 * "13 gennaio 2022", "13 de enero de 2022", "13 января 2022 г.", and numeric day-month-year forms. A time after the
 * date is kept, even with broken spacing ("18: 53"); so is an explicit offset.
 */
public final class TextDates {

    /**
     * A date found in text.
     *
     * @param time   the time of day, or null
     * @param offset the UTC offset, or null when the text gives none
     */
    public record Found(LocalDate date, LocalTime time, ZoneOffset offset, int start, int end) {
        /** ISO 8601: a date, a local date-time, or a date-time with its offset. */
        public String iso() {
            if (time == null) {
                return date.toString();
            }
            if (offset == null) {
                return date + "T" + time.withNano(0).toString().replaceFirst("^(\\d\\d:\\d\\d)$", "$1:00");
            }
            return DateParsing.format(OffsetDateTime.of(date, time, offset));
        }
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "janvier", "janv", "januar", "jänner", "gennaio", "gen", "enero", "ene", "января", "январь", "янв"},
                {"february", "feb", "février", "fevrier", "févr", "fevr", "fév", "februar", "febbraio", "febrero", "февраля", "февраль", "фев"},
                {"march", "mar", "mars", "märz", "marz", "marzo", "марта", "март", "мар"},
                {"april", "apr", "avril", "avr", "aprile", "abril", "abr", "апреля", "апрель", "апр"},
                {"may", "mai", "maggio", "mag", "mayo", "мая", "май"},
                {"june", "jun", "juin", "juni", "giugno", "giu", "junio", "июня", "июнь", "июн"},
                {"july", "jul", "juillet", "juil", "juli", "luglio", "lug", "julio", "июля", "июль", "июл"},
                {"august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг"},
                {"september", "sep", "sept", "septembre", "settembre", "set", "septiembre", "setiembre", "сентября", "сентябрь", "сен"},
                {"october", "oct", "octobre", "oktober", "okt", "ottobre", "ott", "octubre", "октября", "октябрь", "окт"},
                {"november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя"},
                {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "dicembre", "dic", "diciembre", "декабря", "декабрь", "дек"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String TIME = "(?:\\s*(?:,|at|à|a|alle|um|a las|в|-|–|—)?\\s*(?<hour>[01]?\\d|2[0-3])\\s*(?::|h|\\.)\\s*(?<minute>[0-5]\\d)"
            + "(?:\\s*:\\s*(?<second>[0-5]\\d))?(?:\\s*(?<ampm>[ap]\\.?m\\.?))?(?:\\s*(?:Uhr|h))?"
            + "(?:\\s*(?<zone>(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?|GMT|UTC|[+-]\\d{2}:?\\d{2}|Z\\b|CET|CEST|EST|EDT|PST|PDT|MSK|BST))?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<hour>[0-2]\\d):(?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d)(?:\\.(?<fraction>\\d{1,9}))?)?"
                    + "(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?<day>[0-3]?\\d)(?:er|º|°|\\.)?\\s*(?:de\\s+)?" + MONTH + "\\s*(?:de\\s+|,\\s*)?(?<year>(?:19|20)\\d{2})(?:\\s*г\\.?)?(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(?<day>[0-3]?\\d)(?<sep>[./])(?<m>[01]?\\d)\\k<sep>(?<year>(?:19|20)\\d{2})(?![\\d./-]|\\.\\d)" + TIME);
    /** "31.10.23": a two-digit year only with dots, as German and Central European pages write it. */
    private static final Pattern NUMERIC_SHORT = Pattern.compile(
            "(?<![\\p{L}\\d./-])(?<day>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<year>\\d{2})(?!\\d|[.,]\\d)" + TIME);
    private static final Pattern SLASH_YMD = Pattern.compile("(?<![\\d/.])(?<y>(?:19|20)\\d{2})(?<sep>[/.])(?<m>[01]\\d)\\k<sep>(?<d>[0-3]\\d)(?!\\d|\\k<sep>\\d)");

    private TextDates() {
    }

    /** Every date in the text, in order of position. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, iso(m));
        }
        m = SLASH_YMD.matcher(text);
        while (m.find()) {
            add(out, ymd(m.group("y"), m.group("m"), m.group("d"), null, m));
        }
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            m = p.matcher(text);
            while (m.find()) {
                Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
                if (month != null) {
                    add(out, build(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")), m));
                }
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            add(out, build(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("day")), m));
        }
        m = NUMERIC_SHORT.matcher(text);
        while (m.find()) {
            int yy = Integer.parseInt(m.group("year"));
            int year = yy + (yy < 69 ? 2000 : 1900); // the POSIX pivot of strptime's %y
            add(out, build(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("day")), m));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The first date in the text, or null. */
    public static Found first(String text) {
        List<Found> all = find(text);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void add(List<Found> out, Found f) {
        if (f == null) {
            return;
        }
        for (Found o : out) {
            if (f.start() < o.end() && o.start() < f.end()) {
                return; // overlaps a date already found by a more specific pattern
            }
        }
        out.add(f);
    }

    private static Found iso(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            LocalTime time = null;
            ZoneOffset offset = null;
            if (m.group("hour") != null) {
                int nanos = 0;
                if (m.group("fraction") != null) {
                    nanos = Integer.parseInt((m.group("fraction") + "000000000").substring(0, 9));
                }
                time = LocalTime.of(Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("minute")),
                        m.group("second") == null ? 0 : Integer.parseInt(m.group("second")), nanos);
                if (m.group("zone") != null) {
                    offset = ZoneOffset.of(m.group("zone").length() == 5 && !m.group("zone").contains(":")
                            ? m.group("zone").substring(0, 3) + ":" + m.group("zone").substring(3) : m.group("zone"));
                }
            }
            return plausible(date) ? new Found(date, time, offset, m.start(), m.end()) : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Found ymd(String y, String mo, String d, LocalTime time, Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return plausible(date) ? new Found(date, time, null, m.start(), m.end()) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found build(int year, int month, int day, Matcher m) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (!plausible(date)) {
                return null;
            }
            LocalTime time = null;
            ZoneOffset offset = null;
            if (m.group("hour") != null) {
                int hour = Integer.parseInt(m.group("hour"));
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                    if (hour == 12) {
                        hour = pm ? 12 : 0;
                    } else if (pm) {
                        hour += 12;
                    }
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("minute")),
                        m.group("second") == null ? 0 : Integer.parseInt(m.group("second")));
                offset = zone(m.group("zone"));
            }
            return new Found(date, time, offset, m.start(), m.end());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String z) {
        if (z == null) {
            return null;
        }
        String s = z.replace(" ", "").toUpperCase(Locale.ROOT);
        switch (s) {
            case "GMT", "UTC", "Z":
                return ZoneOffset.UTC;
            case "CET":
                return ZoneOffset.ofHours(1);
            case "CEST":
                return ZoneOffset.ofHours(2);
            case "EST":
                return ZoneOffset.ofHours(-5);
            case "EDT":
                return ZoneOffset.ofHours(-4);
            case "PST":
                return ZoneOffset.ofHours(-8);
            case "PDT":
                return ZoneOffset.ofHours(-7);
            case "MSK":
                return ZoneOffset.ofHours(3);
            case "BST":
                return ZoneOffset.ofHours(1);
            default:
                break;
        }
        s = s.replace("GMT", "").replace("UTC", "");
        try {
            if (s.matches("[+-]\\d{4}")) {
                return ZoneOffset.of(s.substring(0, 3) + ":" + s.substring(3));
            }
            if (s.matches("[+-]\\d{1,2}")) {
                return ZoneOffset.ofHours(Integer.parseInt(s));
            }
            return ZoneOffset.of(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }
}
