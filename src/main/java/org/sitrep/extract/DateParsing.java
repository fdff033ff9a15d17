package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Normalises machine-readable dates (ISO 8601 and its common variants, RFC 822/1123) to the ISO 8601 form Sitrep
 * stores: a date-time with its offset when a time is given, else a date.
 */
public final class DateParsing {
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral(' ').appendZoneOrOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> RFC = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));

    private DateParsing() {
    }

    /** The ISO 8601 form of a machine-readable date, or null when it is not one. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 8) {
            return null;
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(v).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (v.matches("\\d{4}/\\d{2}/\\d{2}")) {
            return normalize(v.replace('/', '-'));
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            try {
                var parsed = ISO_LENIENT.parseBest(v, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
                if (parsed instanceof ZonedDateTime z) {
                    return format(z.toOffsetDateTime());
                }
                if (parsed instanceof OffsetDateTime o) {
                    return format(o);
                }
                return ((LocalDateTime) parsed).toLocalDate().toString(); // a time without an offset: keep the day
            } catch (DateTimeException e) {
                return v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? normalize(v.substring(0, 10)) : null;
            }
        }
        if (v.matches("\\d{10}|\\d{13}")) {
            long n = Long.parseLong(v);
            Instant i = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return format(i.atOffset(ZoneOffset.UTC));
        }
        for (DateTimeFormatter f : RFC) {
            try {
                return format(ZonedDateTime.parse(v, f).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    /** ISO 8601 with the offset ("Z" for UTC), seconds and fractions only when present. */
    public static String format(OffsetDateTime t) {
        return t.format(t.getNano() == 0 ? OUTPUT : OUTPUT_FRACTION);
    }

    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter OUTPUT_FRACTION = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);
}
