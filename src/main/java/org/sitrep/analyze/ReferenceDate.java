package org.sitrep.analyze;

import java.time.LocalDate;

/**
 * The date relative time expressions are resolved against, and where it came from.
 *
 * @param date   the day, or null when no date is known (relative expressions then stay unresolved)
 * @param source "original publication" (a repost's stated original date), "publication", or "unknown"
 */
public record ReferenceDate(LocalDate date, String source) {
    public static final String ORIGINAL = "original publication";
    public static final String PUBLICATION = "publication";
    public static final String UNKNOWN = "unknown";
}
