package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo team lead broke her team's share of the active demo goals down to her people, Jonas among them. */
class EmployeeGoalSharesTest extends UiTest {

    @Autowired
    EmployeeGoalShares shares;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;

    private long employee(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    @Test
    void listsThePeoplesActiveSharesWithTheTargetInForceWithoutASignedInUser() {
        long jonas = employee(DemoLogins.EMPLOYEE);
        long petra = employee(DemoLogins.HR);
        Map<Long, List<EmployeeGoalShares.Share>> active = shares.activeOn(List.of(jonas, petra), calendar.today());

        assertThat(active).containsOnlyKeys(jonas);
        assertThat(active.get(jonas)).isNotEmpty().allSatisfy(share -> {
            assertThat(share.employeeId()).isEqualTo(jonas);
            assertThat(share.period().contains(calendar.today())).isTrue();
            assertThat(share.target().signum()).isPositive();
            assertThat(jdbc.queryForObject("select status from goal where id = ?", String.class, share.goalId()))
                    .isEqualTo("ACTIVE");
        });
        assertThat(shares.activeOn(List.of(jonas), calendar.today().minusYears(5))).isEmpty();
        assertThat(shares.activeOn(List.of(), calendar.today())).isEmpty();
    }
}
