package org.sitrep.story;

import java.util.Locale;
import java.util.Set;

/**
 * The words of the calendar (months, days of the week, "today", "week"): they tell when, not what. A timeline does not
 * compare sentences by them, and a story's label does not name it by them.
 */
final class CalendarWords {
    static final Set<String> WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
            "evening", "night", "day", "days", "week", "weeks", "month", "months", "year", "years", "ago",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private CalendarWords() {
    }

    static boolean is(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
