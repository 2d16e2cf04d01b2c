package app.uptake.activity.internal;

import static app.uptake.activity.internal.EventFields.*;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one row of named text fields (Uptake's format, after any profile mapping) into an event, or into the
 * first problem found. Every path in (file, API, connector) goes through here, so every path refuses the
 * same things with the same words.
 */
final class EventRowParser {

    static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Clocks of CRM servers and ours disagree by a little; more than this ahead of now is an error. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    private static final BigDecimal MAX_SATISFACTION = BigDecimal.TEN;

    private final ZoneId zone;
    private final Instant now;
    private final boolean decimalComma;

    EventRowParser(ZoneId zone, Instant now, boolean decimalComma) {
        this.zone = zone;
        this.now = now;
        this.decimalComma = decimalComma;
    }

    ParsedRow parse(long line, String raw, Map<String, String> fields) {
        try {
            return ParsedRow.ok(line, raw, read(fields));
        } catch (Refused refused) {
            return ParsedRow.rejected(line, raw, refused.problem);
        }
    }

    private ActivityEventInput read(Map<String, String> f) {
        String externalId = text(f, EXTERNAL_ID, 100);
        if (externalId == null) {
            throw refuse("missingExternalId", null);
        }
        int revision = 1;
        String revisionText = text(f, REVISION, 20);
        if (revisionText != null) {
            BigDecimal parsed = LocalizedNumbers.parse(revisionText, decimalComma);
            if (parsed == null || parsed.signum() <= 0 || parsed.stripTrailingZeros().scale() > 0
                    || parsed.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw refuse("badRevision", revisionText);
            }
            revision = parsed.intValue();
        }
        String employee = text(f, EMPLOYEE, 254);
        if (employee == null) {
            throw refuse("missingEmployee", null);
        }
        String typeText = text(f, TYPE, 60);
        if (typeText == null) {
            throw refuse("missingType", null);
        }
        ActivityType type = ActivityType.parse(typeText).orElseThrow(() -> refuse("unknownType", typeText));
        String when = text(f, OCCURRED_AT, 60);
        if (when == null) {
            throw refuse("missingDate", null);
        }
        Instant occurredAt = LocalizedTimestamps.parse(when, zone);
        if (occurredAt == null) {
            throw refuse("badDate", when);
        }
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw refuse("futureDate", when);
        }
        if (occurredAt.isBefore(EARLIEST)) {
            throw refuse("tooOld", when);
        }
        Direction direction = direction(f);
        BigDecimal durationMinutes = number(f, DURATION_MINUTES);
        if (durationMinutes != null && durationMinutes.signum() < 0) {
            throw refuse("negativeDuration", f.get(DURATION_MINUTES));
        }
        Integer durationSeconds = durationMinutes == null ? null
                : durationMinutes.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
        BigDecimal amount = number(f, AMOUNT);
        if (amount != null && amount.signum() < 0) {
            throw refuse("negativeAmount", f.get(AMOUNT));
        }
        BigDecimal margin = number(f, MARGIN);
        BigDecimal satisfaction = number(f, SATISFACTION);
        if (satisfaction != null && (satisfaction.signum() < 0 || satisfaction.compareTo(MAX_SATISFACTION) > 0)) {
            throw refuse("satisfactionRange", f.get(SATISFACTION));
        }
        BigDecimal completeness = completeness(f);
        return new ActivityEventInput(externalId, revision, employee, type, occurredAt, direction, durationSeconds,
                text(f, ACCOUNT, 64), bool(f, DECISION_MAKER), money(amount), money(margin), text(f, CAMPAIGN, 100),
                text(f, STAGE, 60), wholeNonNegative(f, PRODUCTS), wholeNonNegative(f, RESPONSE_MINUTES),
                wholeNonNegative(f, RESOLUTION_MINUTES), satisfaction == null ? null : satisfaction.setScale(2, RoundingMode.HALF_EVEN),
                completeness);
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A share as 0.85, 0,85 or 85 %. */
    private BigDecimal completeness(Map<String, String> f) {
        String text = text(f, COMPLETENESS, 20);
        if (text == null) {
            return null;
        }
        boolean percent = text.endsWith("%");
        BigDecimal value = LocalizedNumbers.parse(percent ? text.substring(0, text.length() - 1) : text, decimalComma);
        if (value == null) {
            throw refuse("badNumber", COMPLETENESS + ": " + text);
        }
        if (percent) {
            value = value.movePointLeft(2);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw refuse("completenessRange", text);
        }
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }

    private Direction direction(Map<String, String> f) {
        String text = text(f, DIRECTION, 20);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "in", "inbound", "eingehend" -> Direction.IN;
            case "out", "outbound", "ausgehend" -> Direction.OUT;
            default -> throw refuse("badDirection", text);
        };
    }

    private Boolean bool(Map<String, String> f, String field) {
        String text = text(f, field, 10);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "ja", "j", "x" -> true;
            case "false", "no", "n", "0", "nein" -> false;
            default -> throw refuse("badBoolean", field + ": " + text);
        };
    }

    private BigDecimal number(Map<String, String> f, String field) {
        String text = text(f, field, 40);
        if (text == null) {
            return null;
        }
        BigDecimal value = LocalizedNumbers.parse(text, decimalComma);
        if (value == null) {
            throw refuse("badNumber", field + ": " + text);
        }
        if (value.abs().compareTo(new BigDecimal("1E15")) >= 0) {
            throw refuse("numberTooLarge", field + ": " + text);
        }
        return value;
    }

    private Integer wholeNonNegative(Map<String, String> f, String field) {
        BigDecimal value = number(f, field);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw refuse("badWholeNumber", field + ": " + f.get(field));
        }
        return value.intValue();
    }

    private static String text(Map<String, String> f, String field, int maxLength) {
        String value = f.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw refuse("tooLong", field);
        }
        return stripped;
    }

    private static Refused refuse(String name, String detail) {
        return new Refused(RowProblem.of(name, detail));
    }

    /** Unwinds parsing at the first problem; cheap because it carries no stack trace. */
    private static final class Refused extends RuntimeException {
        private final transient RowProblem problem;

        Refused(RowProblem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }
    }
}
