package app.uptake.activity;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.DateRange;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures about the activity data itself, for judging how far a figure can be trusted: how much of a
 * group's time is covered by data, and the company-wide data-quality counts of the import runs. The coverage of a
 * group is for whoever may see the group's figures in aggregate, as the metrics decide it: executives, HR and the
 * program office for anyone, a manager for people of their own management line. The import statistics cover every
 * source of the company, so they stay with the roles that see aggregates across it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('MANAGER','EXECUTIVE','HR','ADMIN')")
public class ActivityCoverageService {

    /** Ids per query: keeps "in (...)" lists within what both databases plan well. */
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUserService currentUser;
    private final VisibilityService visibility;

    ActivityCoverageService(JdbcTemplate jdbc, CurrentUserService currentUser, VisibilityService visibility) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.visibility = visibility;
    }

    /**
     * Which of the people have events in the days, and on how many distinct days.
     *
     * @throws AccessDeniedException when one of the people is outside what the user may see in aggregate (for a
     *         manager: outside their management line); nothing is counted then
     */
    public ActivityCoverage coverage(Collection<Long> employeeIds, DateRange days) {
        List<Long> ids = employeeIds.stream().distinct().toList();
        CurrentUser user = currentUser.require();
        if (!visibility.scopeOf(user, ScopePurpose.AGGREGATE).includesAll(ids)) {
            throw new AccessDeniedException("no access to the activity coverage of people outside the line of "
                    + user.username());
        }
        Set<Long> active = new HashSet<>();
        Set<java.time.LocalDate> daysWithData = new HashSet<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new ArrayList<>(chunk);
            args.add(Date.valueOf(days.from()));
            args.add(Date.valueOf(days.to()));
            jdbc.query("select distinct employee_id, occurred_on from activity_event where employee_id in (" + marks
                    + ") and occurred_on between ? and ?", rs -> {
                        active.add(rs.getLong(1));
                        daysWithData.add(rs.getDate(2).toLocalDate());
                    }, args.toArray());
        }
        return new ActivityCoverage(active.size(), daysWithData.size());
    }

    /** What the import runs of all sources started in the {@code days} before {@code until} accepted, rejected and so on. */
    @PreAuthorize("hasAnyRole('EXECUTIVE','HR','ADMIN')")
    public IngestTally quality(Instant until, int days) {
        Instant since = until.minus(Duration.ofDays(days));
        return jdbc.queryForObject("select coalesce(sum(accepted), 0), coalesce(sum(corrected), 0), "
                + "coalesce(sum(duplicates), 0), coalesce(sum(stale), 0), coalesce(sum(rejected), 0), "
                + "coalesce(sum(late), 0) from import_run where started_at >= ? and started_at <= ?",
                (rs, row) -> new IngestTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)), Timestamp.from(since), Timestamp.from(until));
    }
}
