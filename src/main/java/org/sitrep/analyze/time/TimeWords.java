package org.sitrep.analyze.time;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** The English words time expressions are made of. */
final class TimeWords {
    private TimeWords() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("january", 1), entry("february", 2), entry("march", 3), entry("april", 4), entry("may", 5),
            entry("june", 6), entry("july", 7), entry("august", 8), entry("september", 9), entry("october", 10),
            entry("november", 11), entry("december", 12),
            entry("jan", 1), entry("feb", 2), entry("mar", 3), entry("apr", 4), entry("jun", 6), entry("jul", 7),
            entry("aug", 8), entry("sep", 9), entry("sept", 9), entry("oct", 10), entry("nov", 11), entry("dec", 12));

    /** Month names that are also common words: they need a date around them. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "mar", "jun", "sep", "dec");

    static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4,
            "friday", 5, "saturday", 6, "sunday", 7);

    /** Unit words and their TIMEX3 letters ("TH" and "TM": hours and minutes, written after "PT"). */
    static final Map<String, String> UNITS = Map.ofEntries(
            entry("year", "Y"), entry("years", "Y"), entry("month", "M"), entry("months", "M"), entry("week", "W"),
            entry("weeks", "W"), entry("day", "D"), entry("days", "D"), entry("hour", "TH"), entry("hours", "TH"),
            entry("minute", "TM"), entry("minutes", "TM"), entry("second", "TS"), entry("seconds", "TS"),
            entry("decade", "DE"), entry("decades", "DE"), entry("century", "CE"), entry("centuries", "CE"),
            entry("quarter", "Q"), entry("quarters", "Q"), entry("fortnight", "F"), entry("weekend", "WE"),
            entry("weekends", "WE"), entry("night", "N"), entry("nights", "N"));

    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5), entry("six", 6),
            entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10), entry("eleven", 11),
            entry("twelve", 12), entry("thirteen", 13), entry("fourteen", 14), entry("fifteen", 15),
            entry("sixteen", 16), entry("seventeen", 17), entry("eighteen", 18), entry("nineteen", 19),
            entry("twenty", 20), entry("thirty", 30), entry("forty", 40), entry("fifty", 50), entry("sixty", 60),
            entry("seventy", 70), entry("eighty", 80), entry("ninety", 90), entry("hundred", 100), entry("dozen", 12));

    /** Quantities with no stated number: "several years" is PXY. */
    static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "numerous", "countless");

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            entry("first", 1), entry("second", 2), entry("third", 3), entry("fourth", 4), entry("1st", 1),
            entry("2nd", 2), entry("3rd", 3), entry("4th", 4), entry("final", 4));

    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA",
            "winter", "WI");

    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI");

    /** Words before a number that belong to a duration's extent ("more than two years"). */
    static final Set<String> APPROX = Set.of("about", "around", "approximately", "nearly", "almost", "roughly");

    /** Words after which a capitalised ambiguous month name ("May", "March") is a month. */
    static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "early", "late", "mid",
            "last", "next", "this", "during", "from", "through", "before", "after", "between", "and", "to", "on", "-",
            "end", "beginning", "start", "middle");

    /** Verbs of saying: they govern the report, not the event a time expression dates. */
    static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "reported", "reports",
            "announced", "announces", "added", "adds", "noted", "notes", "stated", "states", "claimed", "claims",
            "wrote", "writes", "declared", "explained", "confirmed", "confirms", "insisted", "warned", "warns",
            "according", "asked", "stressed", "emphasized", "emphasised", "recalled", "reminded");

    /** Words whose presence in a verb group makes it future (or a scheduled present). */
    static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "going", "gonna", "expected", "scheduled",
            "plans", "planned", "plan", "intends", "intend", "hopes", "upcoming", "would", "due", "set", "aims",
            "prepares", "preparing", "slated", "planning", "hoping", "expecting", "intending", "scheduling", "may",
            "might", "tomorrow");

    /** Past forms that do not end in "-ed". */
    static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "met", "held", "took", "made", "went",
            "came", "saw", "began", "left", "rose", "fell", "gave", "won", "lost", "sold", "bought", "paid", "found",
            "got", "led", "brought", "struck", "fought", "spoke", "ran", "became", "sent", "kept", "put", "set", "cut",
            "hit", "shot", "thought", "felt", "knew", "meant", "sought", "spent", "stood", "understood", "built", "drew",
            "flew", "grew", "threw", "wore", "broke", "chose", "froze", "rode", "woke", "forgot", "arose", "fled", "hid",
            "laid", "lent", "slid", "swept", "wept", "withdrew", "overtook", "undertook");

    /** Words ending in "-ed" that are not past tenses. */
    static final Set<String> NOT_PAST = Set.of("need", "needed", "speed", "indeed", "proceed", "exceed", "succeed", "feed",
            "seed", "hundred", "united", "limited", "red", "bed", "shed", "bred", "breed", "creed", "greed", "weed",
            "steed", "deed", "reed", "embed", "expected", "scheduled", "planned", "supposed", "concerned", "interested",
            "based", "related", "alleged", "advanced", "detailed", "armed", "biased", "sacred", "wicked", "naked",
            "rugged", "ragged", "aged", "beloved", "learned", "crowded", "talented", "skilled", "qualified",
            "televised", "coordinated", "unprecedented", "unexpected", "unified", "allied", "accused", "wounded",
            "combined", "dedicated", "disputed", "occupied", "proposed", "sophisticated", "unidentified", "balanced");
}
