package org.sitrep.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that matter, with their unit and subject: counts of people and things ("30,000 Russian soldiers", "About
 * 10 thousand soldiers", "3,000 US troops") and money ("$4.9 billion", "€500 million", "400 million dollars").
 * Years, dates, times and percentages of nothing in particular are left alone.
 */
final class Quantities {
    private static final String NUMBER = "(?<num>\\d{1,3}(?:[,\u00a0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(?<scale>thousand|million|billion|trillion|bn|mn|m|k)\\b)?";
    private static final Pattern MONEY = Pattern.compile("(?i)(?<cur>US\\s?\\$|\\$|€|£|₽|USD|EUR|GBP|RUB)\\s?" + NUMBER + SCALE
            + "|" + NUMBER.replace("num", "num2") + SCALE.replace("scale", "scale2")
            + "\\s+(?<cur2>dollars|euros|pounds|rubles|roubles|hryvnias?|USD|EUR)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\d.,$€£])" + NUMBER + SCALE + "\\s+(?<rest>[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,3})");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6,
            "billion", 1e9, "bn", 1e9, "trillion", 1e12);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "USD"), Map.entry("us$", "USD"),
            Map.entry("us $", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"), Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("₽", "RUB"), Map.entry("rub", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"));
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
            + "percent|per|times|of|to|and|or|in|on|at|by|from|the|a|an|am|pm|a\\.m\\.|p\\.m\\.)$");

    List<Quantity> find(AnnotatedText text) {
        String s = text.text();
        List<Quantity> out = new ArrayList<>();
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String num = m.group("num") != null ? m.group("num") : m.group("num2");
            String scale = m.group("scale") != null ? m.group("scale") : m.group("scale2");
            String cur = m.group("cur") != null ? m.group("cur") : m.group("cur2");
            double value = parse(num, scale);
            String unit = CURRENCIES.getOrDefault(cur.toLowerCase(Locale.ROOT).replace(" ", " "), cur.toUpperCase(Locale.ROOT));
            out.add(new Quantity(s.substring(m.start(), m.end()), m.start(), m.end(), value, unit, moneySubject(s, m.end())));
        }
        Matcher c = COUNT.matcher(s);
        while (c.find()) {
            int start = c.start();
            int end = c.start("rest");
            if (overlaps(out, start, c.end()) || isYearOrTime(s, c)) {
                continue;
            }
            List<String> subject = new ArrayList<>();
            int subjectEnd = end;
            for (String w : c.group("rest").split("\\s+")) {
                if (NOT_A_SUBJECT.matcher(w).matches()) {
                    break;
                }
                subject.add(w);
                subjectEnd = s.indexOf(w, subjectEnd) + w.length();
                if (w.toLowerCase(Locale.ROOT).endsWith("s") && w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
                    break; // the plural head noun ends the phrase: "Russian soldiers", "US troops"
                }
            }
            if (subject.isEmpty() || !isNoun(text, subjectEnd)) {
                continue;
            }
            int from = start;
            String before = s.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
            Matcher approx = Pattern.compile("(about|around|some|nearly|almost|over|more than|up to|at least)\\s+$").matcher(before);
            if (approx.find()) {
                from = start - (before.length() - approx.start());
            }
            String unit = subject.get(subject.size() - 1).toLowerCase(Locale.ROOT);
            out.add(new Quantity(s.substring(from, subjectEnd), from, subjectEnd, parse(c.group("num"), c.group("scale")),
                    unit, String.join(" ", subject)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether the token ending at this offset is a noun (the head of what is counted). */
    private static boolean isNoun(AnnotatedText text, int end) {
        Sentence s = text.sentenceAt(Math.max(0, end - 1));
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.end() == end) {
                return t.pos() != null && t.pos().startsWith("NN");
            }
        }
        return false;
    }

    private static boolean isYearOrTime(String s, Matcher c) {
        String num = c.group("num");
        if (c.group("scale") == null && num.matches("(1[89]|20)\\d{2}")) {
            return true;
        }
        String rest = c.group("rest").toLowerCase(Locale.ROOT);
        return rest.matches("^(january|february|march|april|may|june|july|august|september|october|november|december|"
                + "years?|months?|weeks?|days?|hours?|minutes?|percent|per|a\\.m|p\\.m|am|pm)\\b.*");
    }

    private static String moneySubject(String s, int end) {
        Matcher m = Pattern.compile("^\\s+(?:in|of|for|worth of|on)\\s+([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2})").matcher(s.substring(end, Math.min(s.length(), end + 60)));
        if (!m.find()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : m.group(1).split("\\s+")) {
            if (NOT_A_SUBJECT.matcher(w).matches() && !words.isEmpty()) {
                break;
            }
            if (!NOT_A_SUBJECT.matcher(w).matches()) {
                words.add(w);
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        for (Quantity q : found) {
            if (q.start() < end && start < q.end()) {
                return true;
            }
        }
        return false;
    }

    static double parse(String number, String scale) {
        double v = Double.parseDouble(number.replaceAll("[,\u00a0 ]", ""));
        return scale == null ? v : v * SCALES.getOrDefault(scale.toLowerCase(Locale.ROOT), 1.0);
    }
}
