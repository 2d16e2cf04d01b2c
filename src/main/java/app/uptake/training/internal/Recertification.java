package app.uptake.training.internal;

import app.uptake.shared.CompanyCalendar;
import app.uptake.training.TrainingModule;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopens completed assignments that must be completed again, keeping the lessons read and the attempts made:
 * <ul>
 * <li>after a new <b>major version</b>: completions of an earlier major version; due {@code dueWithinDays} after
 * the new major version was first published, and their certificates are marked superseded;</li>
 * <li>before a certificate <b>expires</b> ({@code recertifyAfterMonths}): {@code dueWithinDays} before its end, due
 * on its last valid day, so the learner can recertify while the certificate still stands.</li>
 * </ul>
 * Running it again finds nothing more to do.
 */
@Component
public class Recertification {

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final Certificates certificates;
    private final CompanyCalendar calendar;

    Recertification(JdbcTemplate jdbc, ContentPublisher publisher, Certificates certificates, CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.certificates = certificates;
        this.calendar = calendar;
    }

    /** Reopens what must be done again; returns how many assignments were reopened. */
    @Transactional
    public int reopenDue() {
        LocalDate today = calendar.today();
        int reopened = 0;
        for (String moduleId : jdbc.queryForList("select distinct module_id from training_module_version", String.class)) {
            TrainingModule module = publisher.live(moduleId).orElse(null);
            if (module != null) {
                reopened += afterMajorVersion(module, today) + beforeExpiry(module, today);
            }
        }
        return reopened;
    }

    private int afterMajorVersion(TrainingModule module, LocalDate today) {
        java.sql.Timestamp published = jdbc.queryForObject("select min(published_at) from training_module_version "
                + "where module_id = ? and major_version = ?", java.sql.Timestamp.class, module.id(), module.majorVersion());
        if (published == null) {
            return 0;
        }
        LocalDate due = dueAfterMajorVersion(calendar.dayOf(published.toInstant()), module.dueWithinDays());
        // certificates first, while the reopened completions can still be told apart by their major version
        certificates.supersedeEarlierMajors(module.id(), module.majorVersion(), today);
        return jdbc.update("update training_assignment set completed_at = null, due_on = ? where module_id = ? "
                + "and completed_at is not null and completed_major < ?", Date.valueOf(due), module.id(),
                module.majorVersion());
    }

    private int beforeExpiry(TrainingModule module, LocalDate today) {
        if (module.recertifyAfterMonths() == null) {
            return 0;
        }
        // the newest certificate decides: an older one that ran out was already replaced by a recertification
        String newest = "(select max(c.valid_until) from training_certificate c where c.employee_id = a.employee_id "
                + "and c.module_id = a.module_id and c.superseded_on is null)";
        return jdbc.update("update training_assignment a set completed_at = null, due_on = " + newest
                + " where a.module_id = ? and a.completed_at is not null and " + newest + " <= ?", module.id(),
                Date.valueOf(windowOpensFor(today, module.dueWithinDays())));
    }

    static LocalDate dueAfterMajorVersion(LocalDate firstPublished, Integer dueWithinDays) {
        return firstPublished.plusDays(dueWithinDays == null ? AssignmentRules.DEFAULT_DUE_WITHIN_DAYS : dueWithinDays);
    }

    /** Certificates ending on or before the returned day are due for recertification today. */
    static LocalDate windowOpensFor(LocalDate today, Integer dueWithinDays) {
        return today.plusDays(dueWithinDays == null ? AssignmentRules.DEFAULT_DUE_WITHIN_DAYS : dueWithinDays);
    }
}
