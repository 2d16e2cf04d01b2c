package app.uptake.activity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads points in time as CRM exports write them. With an offset ("2026-03-14T09:30:00Z",
 * Salesforce's "2026-03-14T09:30:00.000+0000") the instant is exact; without one ("2026-03-14 09:30",
 * German "14.03.2026 09:30", a bare date) it is read in the company's time zone, a bare date as its start.
 */
final class LocalizedTimestamps {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("d.M.uuuu H:mm").optionalStart().appendPattern(":ss").optionalEnd().toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private LocalizedTimestamps() {
    }

    /** The instant, or null when the text is no date we can read. */
    static Instant parse(String text, ZoneId zone) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).atStartOfDay(zone).toInstant();
            }
            if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(s, GERMAN_DATE).atStartOfDay(zone).toInstant();
            }
            if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{1,2}:\\d{2}(:\\d{2})?")) {
                return LocalDateTime.parse(s, GERMAN_DATE_TIME).atZone(zone).toInstant();
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})")) {
                return OffsetDateTime.parse(s, OFFSET).toInstant();
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}(:\\d{2})?")) {
                return LocalDateTime.parse(s.replace(' ', 'T'), ISO_LOCAL).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
