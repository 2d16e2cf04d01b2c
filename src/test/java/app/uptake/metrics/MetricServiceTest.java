package app.uptake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MetricServiceTest extends UiTest {

    @Autowired
    MetricService metrics;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    OrganizationService organization;

    @Test
    void theCatalogShipsTheLibraryWithDefinitionsInBothLanguages() {
        signInAs(DemoLogins.EMPLOYEE);
        List<MetricDefinition> catalog = metrics.catalog();
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(15);
        assertThat(catalog).extracting(MetricDefinition::code).contains("CONTACTS_PER_CUSTOMER", "CUSTOMER_KNOWLEDGE_SHARE",
                "NEW_OPPORTUNITIES_PER_WEEK", "OPPORTUNITIES_WITH_DECISION_MAKER", "WIN_RATE", "AVG_MARGIN_WON",
                "LEADS_PER_CAMPAIGN", "OPPORTUNITIES_PER_CAMPAIGN", "WON_DEALS_PER_CAMPAIGN", "PRODUCTS_PER_CUSTOMER",
                "PROFIT_PER_CUSTOMER", "CASE_RESOLUTION_HOURS", "CUSTOMER_SATISFACTION", "CRM_ACTIVE_DAYS_SHARE",
                "ACTIVITIES_PER_WEEK", "DATA_COMPLETENESS");
        assertThat(catalog).allSatisfy(m -> {
            assertThat(m.name().en()).isNotBlank();
            assertThat(m.name().de()).isNotBlank().isNotEqualTo(m.method().de());
            assertThat(m.method().en()).isNotBlank();
            assertThat(m.method().de()).isNotBlank();
        });
        assertThat(Set.copyOf(catalog.stream().map(MetricDefinition::segment).toList())).containsAll(Set.of(ProcessSegment.values()));
    }

    @Test
    void theDemoCompanyHasAYearOfActivityBehindItsFigures() {
        signInAs(DemoLogins.EXECUTIVE);
        long company = organization.children(null).getFirst().id();
        DateRange lastMonth = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        MetricValue activities = metrics.value("ACTIVITIES_PER_WEEK", new MetricSubject.OrgUnit(company), lastMonth);
        assertThat(activities.numerator()).isGreaterThan(BigDecimal.valueOf(1000));
        assertThat(activities.value()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(30));
        MetricValue winRate = metrics.value("WIN_RATE", new MetricSubject.OrgUnit(company), lastMonth);
        assertThat(winRate.value()).isBetween(BigDecimal.valueOf(10), BigDecimal.valueOf(90));
    }

    @Test
    void employeesMayNotLookAtUnitsOrColleagues() {
        signInAs(DemoLogins.EMPLOYEE);
        long company = organization.children(null).getFirst().id();
        long sabine = directory.resolve(List.of(DemoLogins.MANAGER)).get(DemoLogins.MANAGER);
        DateRange range = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        assertThatThrownBy(() -> metrics.value("WIN_RATE", new MetricSubject.OrgUnit(company), range))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> metrics.value("WIN_RATE", new MetricSubject.Employee(sabine), range))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> metrics.value("WIN_RATE", new MetricSubject.Team(sabine), range))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersSeeTheirTeamAndEachMemberButNotOtherUnits() {
        signInAs(DemoLogins.MANAGER);
        long sabine = directory.resolve(List.of(DemoLogins.MANAGER)).get(DemoLogins.MANAGER);
        long jonas = directory.resolve(List.of(DemoLogins.EMPLOYEE)).get(DemoLogins.EMPLOYEE);
        long company = organization.children(null).getFirst().id();
        DateRange range = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        assertThat(metrics.value("ACTIVITIES_PER_WEEK", new MetricSubject.Team(sabine), range).hasValue()).isTrue();
        assertThat(metrics.value("ACTIVITIES_PER_WEEK", new MetricSubject.Employee(jonas), range).denominator()).isPositive();
        assertThat(metrics.breakdown("ACTIVITIES_PER_WEEK", new MetricSubject.Team(sabine), range))
                .extracting(BreakdownRow::subject).contains(new MetricSubject.Employee(jonas));
        assertThatThrownBy(() -> metrics.value("WIN_RATE", new MetricSubject.OrgUnit(company), range))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unitsAtOnceGiveWhatEachUnitGivesAlone() {
        signInAs(DemoLogins.EXECUTIVE);
        long company = organization.children(null).getFirst().id();
        List<Long> units = new java.util.ArrayList<>(List.of(company));
        organization.children(company).forEach(u -> units.add(u.id()));
        DateRange range = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        // a total, a rate of rolled-up measures, a rate per person-week and one over a distinct count
        for (String code : List.of("WON_REVENUE", "WIN_RATE", "ACTIVITIES_PER_WEEK", "CONTACTS_PER_CUSTOMER")) {
            java.util.Map<Long, MetricValue> batch = metrics.valuesOfUnits(code, units, range);
            assertThat(batch).as(code).containsOnlyKeys(units);
            for (long unit : units) {
                MetricValue alone = metrics.value(code, new MetricSubject.OrgUnit(unit), range);
                assertThat(batch.get(unit).numerator()).as(code + " " + unit).isEqualByComparingTo(alone.numerator());
                assertThat(batch.get(unit).denominator()).as(code + " " + unit).isEqualByComparingTo(alone.denominator());
            }
            // the company holds its units: nested units count in both
            assertThat(batch.get(company).numerator()).as(code).isGreaterThanOrEqualTo(batch.get(units.get(1)).numerator());
        }
        signInAs(DemoLogins.MANAGER);
        assertThatThrownBy(() -> metrics.valuesOfUnits("WIN_RATE", units, range)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTeamIsTheSumOfItsPeopleNotTheAverageOfTheirRatios() {
        signInAs(DemoLogins.MANAGER);
        long sabine = directory.resolve(List.of(DemoLogins.MANAGER)).get(DemoLogins.MANAGER);
        DateRange range = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        List<BreakdownRow> people = metrics.breakdown("DATA_COMPLETENESS", new MetricSubject.Team(sabine), range);
        BigDecimal numerator = people.stream().map(r -> r.value().numerator()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = people.stream().map(r -> r.value().denominator()).reduce(BigDecimal.ZERO, BigDecimal::add);
        MetricValue team = metrics.value("DATA_COMPLETENESS", new MetricSubject.Team(sabine), range);
        assertThat(team.numerator()).isEqualByComparingTo(numerator);
        assertThat(team.denominator()).isEqualByComparingTo(denominator);
    }

    @Test
    void theAdminAddsAMetricThroughAFormAndItIsComputedAtOnce() {
        signInAs(DemoLogins.ADMIN);
        Formula outboundCalls = Formula.per(Measure.count(Set.of(app.uptake.activity.ActivityType.CALL),
                EventFilter.OUTBOUND), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE);
        MetricDraft draft = new MetricDraft("OUTBOUND_CALLS_PER_WEEK", new LocalizedText("Outbound calls per week",
                "Ausgehende Anrufe pro Woche"), new LocalizedText("Calls we start.", "Anrufe, die wir beginnen."),
                new LocalizedText("Outbound calls per person-week.", "Ausgehende Anrufe pro Personenwoche."),
                MetricUnit.COUNT, MetricDirection.HIGHER, ProcessSegment.RELATIONSHIP_MANAGEMENT, "Sales", outboundCalls);
        MetricDefinition created = metrics.create(draft);
        assertThat(created.builtIn()).isFalse();
        long company = organization.children(null).getFirst().id();
        DateRange range = PeriodPreset.LAST_30_DAYS.range(metrics.today());
        BigDecimal outbound = metrics.value("OUTBOUND_CALLS_PER_WEEK", new MetricSubject.OrgUnit(company), range).numerator();
        BigDecimal all = metrics.value("CALLS_PER_WEEK", new MetricSubject.OrgUnit(company), range).numerator();
        assertThat(outbound).isPositive().isLessThan(all);

        assertThatThrownBy(() -> metrics.create(draft)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("metrics.error.codeTaken");
    }
}
