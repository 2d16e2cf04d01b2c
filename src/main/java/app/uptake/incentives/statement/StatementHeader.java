package app.uptake.incentives.statement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a statement says besides the payout: whose it is, which run published it and when, and in which language.
 *
 * @param statementId  the statement's own id, printed in the footer
 * @param runId        the calculation run the payout comes from
 * @param locale       the employee's language; German for any German locale, English for everything else
 * @param publishedAt  when the run was published; the PDF's creation date, so regenerating gives the same bytes
 * @param zone         the company's time zone, in which the publication date is shown
 */
public record StatementHeader(String companyName, String statementId, long runId, StatementEmployee employee,
        Locale locale, Instant publishedAt, ZoneId zone) {

    public StatementHeader {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(zone, "zone");
        locale = locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN
                : Locale.ENGLISH;
    }
}
