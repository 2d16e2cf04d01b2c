package app.uptake.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may count the activity coverage of a group, on the demo company with its year of activity: Sabine (team lead)
 * for the people of her line, not for Petra in another line nor for a group that mixes the two; Jonas (no manager)
 * not even for himself; executives, HR and the program office for anyone. The import statistics stay with the last.
 */
class ActivityCoverageServiceTest extends UiTest {

    @Autowired
    ActivityCoverageService coverage;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    private long id(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    private DateRange lastQuarter() {
        return new DateRange(calendar.today().minusDays(90), calendar.today().minusDays(1));
    }

    @Test
    void aManagerCountsTheCoverageOfHerLineAsAnExecutiveWould() {
        List<Long> line = new ArrayList<>(jdbc.queryForList("select id from employee where manager_id = ?", Long.class,
                id(DemoLogins.MANAGER)));
        line.add(id(DemoLogins.MANAGER));
        assertThat(line).contains(id(DemoLogins.EMPLOYEE));
        signInAs(DemoLogins.EXECUTIVE);
        ActivityCoverage seenByExecutive = coverage.coverage(line, lastQuarter());
        assertThat(seenByExecutive.peopleWithActivity()).isPositive();

        signInAs(DemoLogins.MANAGER);
        assertThat(coverage.coverage(line, lastQuarter())).isEqualTo(seenByExecutive);
    }

    @Test
    void aManagerIsRefusedTheCoverageOfPeopleOutsideHerLine() {
        long jonas = id(DemoLogins.EMPLOYEE);
        long petra = id(DemoLogins.HR);
        signInAs(DemoLogins.MANAGER);
        assertThatThrownBy(() -> coverage.coverage(List.of(petra), lastQuarter()))
                .isInstanceOf(AccessDeniedException.class);
        // one outsider in a group is enough: the aggregate would tell about her too
        assertThatThrownBy(() -> coverage.coverage(List.of(jonas, petra), lastQuarter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coverage.quality(calendar.now(), 30)).isInstanceOf(AccessDeniedException.class);

        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> coverage.coverage(List.of(jonas), lastQuarter()))
                .isInstanceOf(AccessDeniedException.class);

        for (String login : List.of(DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)) {
            signInAs(login);
            assertThat(coverage.coverage(List.of(jonas, petra), lastQuarter()).peopleWithActivity()).as(login)
                    .isBetween(0, 2);
            assertThat(coverage.quality(calendar.now(), 30)).as(login).isNotNull();
        }
    }
}
