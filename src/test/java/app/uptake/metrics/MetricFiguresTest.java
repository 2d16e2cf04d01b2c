package app.uptake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unchecked batch read for system jobs gives exactly what HR sees through the checked one. */
class MetricFiguresTest extends UiTest {

    @Autowired
    MetricFigures figures;
    @Autowired
    MetricService metrics;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    CompanyCalendar calendar;

    @Test
    void givesTheSameFiguresAsTheCheckedServiceWithoutAnyoneSignedIn() {
        List<Long> people = List.copyOf(directory.resolve(List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER)).values());
        signInAs(DemoLogins.HR);
        DateRange lastMonth = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        Map<Long, MetricValue> checked = metrics.values("WIN_RATE", people, lastMonth);
        signOut();
        assertThat(figures.ofEmployees("WIN_RATE", people, lastMonth)).isEqualTo(checked).hasSize(2);
        assertThat(figures.ofEmployees("WIN_RATE", List.of(), lastMonth)).isEmpty();
    }

    @Test
    void anUnknownMetricIsRefusedByName() {
        DateRange range = PeriodPreset.LAST_30_DAYS.range(calendar.today());
        assertThatThrownBy(() -> figures.ofEmployees("NO_SUCH_METRIC", List.of(1L), range))
                .isInstanceOf(BusinessRuleException.class);
    }
}
