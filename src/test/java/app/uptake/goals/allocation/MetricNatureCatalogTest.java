package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricService;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The built-in catalog as the metrics module ships it: only won revenue adds up; every other metric is a rate. */
class MetricNatureCatalogTest extends UiTest {

    @Autowired
    MetricService metrics;

    @Test
    void everyBuiltInMetricHasTheNatureItsFormulaImplies() {
        signInAs(DemoLogins.EMPLOYEE);
        Map<String, MetricDefinition> builtIn = metrics.catalog().stream().filter(MetricDefinition::builtIn)
                .collect(Collectors.toMap(MetricDefinition::code, Function.identity()));
        assertThat(builtIn).hasSizeGreaterThanOrEqualTo(21);
        assertThat(builtIn.values().stream().filter(m -> MetricNature.of(m) == MetricNature.ADDITIVE).map(MetricDefinition::code))
                .containsExactly("WON_REVENUE");
        // per-employee-week, per-working-day, per-customer, per-campaign and average figures are all rates
        assertThat(List.of("WIN_RATE", "CALLS_PER_WEEK", "CRM_ACTIVE_DAYS_SHARE", "CONTACTS_PER_CUSTOMER",
                "LEADS_PER_CAMPAIGN", "AVG_MARGIN_WON", "CASE_RESOLUTION_HOURS", "DATA_COMPLETENESS"))
                .allSatisfy(code -> assertThat(MetricNature.of(builtIn.get(code))).isEqualTo(MetricNature.RATIO));

        AllocationMetric revenue = AllocationMetric.of(builtIn.get("WON_REVENUE"));
        assertThat(revenue.scale()).isEqualTo(2);
        assertThat(revenue.nonNegative()).isTrue();
        AllocationMetric winRate = AllocationMetric.of(builtIn.get("WIN_RATE"));
        assertThat(winRate).isEqualTo(new AllocationMetric(MetricNature.RATIO, MetricDirection.HIGHER, 1, true));
        assertThat(AllocationMetric.of(builtIn.get("CASE_RESOLUTION_HOURS")).direction()).isEqualTo(MetricDirection.LOWER);
        assertThat(AllocationMetric.of(builtIn.get("FIRST_RESPONSE_MINUTES")).scale()).isZero();
        // margins may be negative, so targets on margin figures may be too; nothing else in the library can be
        assertThat(builtIn.values().stream().filter(m -> !AllocationMetric.of(m).nonNegative()).map(MetricDefinition::code))
                .containsExactlyInAnyOrder("AVG_MARGIN_WON", "PROFIT_PER_CUSTOMER");
    }
}
