package app.uptake.training;

import static app.uptake.training.ComplianceFixture.X;
import static app.uptake.training.ComplianceFixture.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The compliance matrix on the hand-made department of {@link ComplianceFixture}; every test rolls back. */
@Transactional
class TrainingComplianceServiceTest extends UiTest {

    @Autowired
    TrainingComplianceService compliance;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;

    ComplianceFixture f;
    ComplianceFilter department;

    @BeforeEach
    void department() {
        f = new ComplianceFixture(jdbc, calendar.today(), calendar.now());
        department = ComplianceFilter.none().withOrgUnit(f.department);
    }

    private List<String> names(ComplianceFilter filter) {
        return compliance.page(filter, 0, 50).stream().map(ComplianceRow::name).toList();
    }

    @Test
    void hrSeesTheWholeDepartmentInLastNameOrderWithoutTheLeaver() {
        signInAs(DemoLogins.HR);
        assertThat(compliance.count(department)).isEqualTo(6);
        assertThat(names(department)).containsExactly("Bernd Adler", "Dieter Brandt", "Carla Meyer", "Olga Ostmann",
                "Anna Zeller", ComplianceFixture.INJECTION + " Zorn");
    }

    @Test
    void theManagerSeesOnlyTheirReportingLine() {
        signInAs(DemoLogins.MANAGER);
        assertThat(compliance.count(department)).isEqualTo(5);
        assertThat(names(department)).doesNotContain("Olga Ostmann").hasSize(5);
        // without a unit filter: Sabine herself, her demo team and the five here, and nobody else
        long sabine = f.employeeId(DemoLogins.MANAGER);
        long line = jdbc.queryForObject("""
                with recursive line(id) as (select id from employee where manager_id = ?
                  union all select e.id from employee e join line l on e.manager_id = l.id)
                select count(*) from employee where (id = ? or id in (select id from line))
                  and (end_date is null or end_date > ?)""", Long.class, sabine, sabine, f.today);
        assertThat(compliance.count(ComplianceFilter.none())).isEqualTo(line);
        assertThat(compliance.page(ComplianceFilter.none(), 0, 500)).extracting(ComplianceRow::employeeId)
                .contains(sabine, f.anna).doesNotContain(f.olga, f.employeeId(DemoLogins.HR));
    }

    @Test
    void hrSeesEveryCurrentEmployee() {
        signInAs(DemoLogins.HR);
        long current = jdbc.queryForObject("select count(*) from employee where end_date is null or end_date > ?",
                Long.class, f.today);
        assertThat(compliance.count(ComplianceFilter.none())).isEqualTo(current);
    }

    @Test
    void pagesFollowEachOther() {
        signInAs(DemoLogins.HR);
        assertThat(compliance.page(department, 0, 2)).extracting(ComplianceRow::name)
                .containsExactly("Bernd Adler", "Dieter Brandt");
        assertThat(compliance.page(department, 2, 2)).extracting(ComplianceRow::name)
                .containsExactly("Carla Meyer", "Olga Ostmann");
        assertThat(compliance.page(department, 4, 2)).extracting(ComplianceRow::name)
                .containsExactly("Anna Zeller", ComplianceFixture.INJECTION + " Zorn");
        assertThat(compliance.page(department, 6, 2)).isEmpty();
    }

    @Test
    void cellsCarryTheDerivedStatusAndTheDueDate() {
        signInAs(DemoLogins.HR);
        Map<String, ComplianceRow> rows = new java.util.HashMap<>();
        compliance.page(department, 0, 50).forEach(r -> rows.put(r.name(), r));
        ComplianceRow anna = rows.get("Anna Zeller");
        assertThat(anna.cell(X)).isEqualTo(new ComplianceCell(ComplianceState.COMPLETED, f.today.plusDays(5), f.today));
        assertThat(anna.cell(Y)).isEqualTo(new ComplianceCell(ComplianceState.OVERDUE, f.today.minusDays(1), null));
        assertThat(rows.get("Bernd Adler").cell(X).state()).isEqualTo(ComplianceState.IN_PROGRESS);
        assertThat(rows.get("Bernd Adler").cell(Y).state()).isEqualTo(ComplianceState.NOT_STARTED);
        assertThat(rows.get("Carla Meyer").cell(X)).isEqualTo(ComplianceCell.NOT_ASSIGNED);
        // completed wins over a due date in the past
        assertThat(rows.get("Carla Meyer").cell(Y).state()).isEqualTo(ComplianceState.COMPLETED);
        // opened, but overdue wins over in progress
        assertThat(rows.get("Dieter Brandt").cell(X).state()).isEqualTo(ComplianceState.OVERDUE);
        // a lesson read without a recorded stop still counts as started
        assertThat(rows.get("Dieter Brandt").cell(Y).state()).isEqualTo(ComplianceState.IN_PROGRESS);
        assertThat(rows.get("Anna Zeller").orgUnitName()).isEqualTo("Team A");
    }

    @Test
    void theStateFilterUsesTheSameRuleAsTheCells() {
        signInAs(DemoLogins.HR);
        assertThat(names(department.withState(ComplianceState.OVERDUE))).containsExactly("Dieter Brandt", "Anna Zeller");
        assertThat(names(department.withState(ComplianceState.OVERDUE).withModule(X))).containsExactly("Dieter Brandt");
        assertThat(names(department.withState(ComplianceState.IN_PROGRESS))).containsExactly("Bernd Adler", "Dieter Brandt");
        assertThat(names(department.withState(ComplianceState.NOT_STARTED))).containsExactly("Bernd Adler");
        assertThat(names(department.withState(ComplianceState.COMPLETED))).containsExactly("Carla Meyer", "Olga Ostmann",
                "Anna Zeller", ComplianceFixture.INJECTION + " Zorn");
        assertThat(names(department.withState(ComplianceState.COMPLETED).withModule(Y)))
                .containsExactly("Carla Meyer", "Olga Ostmann");
        assertThat(names(department.withState(ComplianceState.NOT_ASSIGNED).withModule(X))).containsExactly("Carla Meyer");
        assertThat(compliance.count(department.withState(ComplianceState.OVERDUE))).isEqualTo(2);
        // every row a state filter returns shows that state in a cell, and every other row none
        for (ComplianceState state : ComplianceState.values()) {
            List<String> filtered = names(department.withState(state));
            for (ComplianceRow row : compliance.page(department, 0, 50)) {
                boolean shows = List.of(X, Y).stream().anyMatch(m -> row.cell(m).state() == state)
                        || state == ComplianceState.NOT_ASSIGNED; // every row lacks some other live module
                assertThat(filtered.contains(row.name())).as(state + " " + row.name()).isEqualTo(shows);
            }
        }
    }

    @Test
    void theNameSearchIgnoresCaseAndMatchesEitherOrder() {
        signInAs(DemoLogins.HR);
        assertThat(names(department.withText("ZELL"))).containsExactly("Anna Zeller");
        assertThat(names(department.withText("anna z"))).containsExactly("Anna Zeller");
        assertThat(names(department.withText("adler, bern"))).containsExactly("Bernd Adler");
        // LIKE wildcards are searched for literally
        assertThat(names(department.withText("%"))).isEmpty();
        assertThat(names(department.withText("_"))).isEmpty();
    }

    @Test
    void completionPerTeamIsTheSumOfCompletedOverTheSumOfAssigned() {
        signInAs(DemoLogins.HR);
        CompletionRates rates = compliance.completionByUnit(department);
        // Team A: Anna 2 assigned 1 completed, Bernd 2/0, Carla 1/1 → 2 of 5 = 40.0 %, Anna's Y overdue
        // +Team B: Dieter 2/0, Zorn 1/1, Olga 2/2 → 3 of 5 = 60.0 %, Dieter's X overdue
        assertThat(rates.baseUnitId()).isEqualTo(f.department);
        assertThat(rates.units()).containsExactly(
                new UnitCompletion(f.teamB, "+Team B", false, 5, 3, 1),
                new UnitCompletion(f.teamA, "Team A", false, 5, 2, 1));
        assertThat(rates.units().get(1).ratePercent()).isEqualByComparingTo("40.0");
        assertThat(rates.units().get(0).ratePercent()).isEqualByComparingTo("60.0");
        assertThat(rates.ratePercent()).isEqualByComparingTo("50.0");

        // Sabine does not see Olga: Team B is Dieter 2/0 and Zorn 1/1 → 1 of 3 = 33.3 %; total 3 of 8 = 37.5 %
        signInAs(DemoLogins.MANAGER);
        CompletionRates sabine = compliance.completionByUnit(department);
        assertThat(sabine.units()).extracting(UnitCompletion::name, UnitCompletion::assigned, UnitCompletion::completed,
                UnitCompletion::ratePercent).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("+Team B", 3L, 1L, new BigDecimal("33.3")),
                        org.assertj.core.groups.Tuple.tuple("Team A", 5L, 2L, new BigDecimal("40.0")));
        assertThat(sabine.ratePercent()).isEqualByComparingTo("37.5");
    }

    @Test
    void completionForOneModuleAndForTheTeamItself() {
        signInAs(DemoLogins.HR);
        // module X only: Team A Anna(c), Bernd → 1 of 2 = 50.0 %; Team B Dieter, Zorn(c), Olga(c) → 2 of 3 = 66.7 %
        CompletionRates x = compliance.completionByUnit(department.withModule(X));
        assertThat(x.units()).extracting(UnitCompletion::name, UnitCompletion::ratePercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("+Team B", new BigDecimal("66.7")),
                org.assertj.core.groups.Tuple.tuple("Team A", new BigDecimal("50.0")));
        assertThat(x.ratePercent()).isEqualByComparingTo("60.0");
        // a team without units below it: one row for its own people
        CompletionRates teamA = compliance.completionByUnit(ComplianceFilter.none().withOrgUnit(f.teamA));
        assertThat(teamA.units()).containsExactly(new UnitCompletion(f.teamA, "Team A", true, 5, 2, 1));
        // the state filter narrows the rows, not the rate
        assertThat(compliance.completionByUnit(department.withState(ComplianceState.COMPLETED)).ratePercent())
                .isEqualByComparingTo("50.0");
    }

    @Test
    void withoutAUnitTheRatesStartBelowTheLowestUnitHoldingEverybody() {
        signInAs(DemoLogins.HR);
        CompletionRates all = compliance.completionByUnit(ComplianceFilter.none().withText("zeller"));
        // only Anna: her own team is the lowest unit holding everybody
        assertThat(all.baseUnitId()).isEqualTo(f.teamA);
        assertThat(all.units()).containsExactly(new UnitCompletion(f.teamA, "Team A", true, 2, 1, 1));
        CompletionRates company = compliance.completionByUnit(ComplianceFilter.none());
        assertThat(company.baseUnitId()).isEqualTo(jdbc.queryForObject("select id from org_unit where code = 'HANSEN'", Long.class));
        assertThat(company.units()).extracting(UnitCompletion::orgUnitId).contains(f.department);
        assertThat(company.assigned()).isEqualTo(company.units().stream().mapToLong(UnitCompletion::assigned).sum());
    }

    @Test
    void percentagesAreRoundedHalfEvenToOneDecimal() {
        assertThat(UnitCompletion.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(UnitCompletion.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(UnitCompletion.percent(1, 8)).isEqualByComparingTo("12.5");
        // 1/16 = 6.25 → 6.2 (half-even), 3/16 = 18.75 → 18.8
        assertThat(UnitCompletion.percent(1, 16)).isEqualByComparingTo("6.2");
        assertThat(UnitCompletion.percent(3, 16)).isEqualByComparingTo("18.8");
        assertThat(UnitCompletion.percent(0, 0)).isNull();
    }

    private static ComplianceCsvLabels labels() {
        Map<ComplianceState, String> states = new EnumMap<>(ComplianceState.class);
        for (ComplianceState s : ComplianceState.values()) {
            states.put(s, s.name());
        }
        states.put(ComplianceState.NOT_ASSIGNED, "n/a");
        return new ComplianceCsvLabels("Name", "Org unit", "due", states);
    }

    @Test
    void theCsvHoldsEveryRowWithBomAndDefusedCells() throws Exception {
        signInAs(DemoLogins.HR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = compliance.exportCsv(department.withModule(X), Locale.ENGLISH, labels(), out);
        assertThat(written).isEqualTo(6);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        String title = jdbc.queryForObject("select title_en from training_module_version where module_id = ? "
                + "order by id desc fetch first 1 rows only", String.class, X);
        assertThat(records.getFirst().toList()).containsExactly("Name", "Org unit", title, title + " – due");
        assertThat(records).hasSize(7);
        assertThat(records.get(1).toList()).containsExactly("Bernd Adler", "Team A", "IN_PROGRESS",
                f.today.plusDays(10).toString());
        assertThat(records.get(3).toList()).containsExactly("Carla Meyer", "Team A", "n/a", "");
        // a name and a unit that a spreadsheet would run as formulas are written as text
        assertThat(records.get(6).toList()).containsExactly("'" + ComplianceFixture.INJECTION + " Zorn", "'+Team B",
                "COMPLETED", f.today.plusDays(30).toString());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TRAINING_COMPLIANCE_EXPORTED' "
                + "and details like '6 people, org unit " + f.department + ", module " + X + "%'", Long.class)).isEqualTo(1);
    }

    @Test
    void aGermanCsvIsSeparatedBySemicolonsAndHasGermanTitles() throws Exception {
        signInAs(DemoLogins.MANAGER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(compliance.exportCsv(department.withModule(Y), Locale.GERMAN, labels(), out)).isEqualTo(5);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        String titleDe = jdbc.queryForObject("select title_de from training_module_version where module_id = ? "
                + "order by id desc fetch first 1 rows only", String.class, Y);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Name;Org unit;" + titleDe + ";" + titleDe + " – due");
    }

    @Test
    void formulaInjectionIsDefusedForEveryDangerousFirstCharacter() {
        assertThat(app.uptake.shared.CsvCells.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(app.uptake.shared.CsvCells.safe("+1+2")).isEqualTo("'+1+2");
        assertThat(app.uptake.shared.CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(app.uptake.shared.CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(app.uptake.shared.CsvCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(app.uptake.shared.CsvCells.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(app.uptake.shared.CsvCells.safe("Anna =1")).isEqualTo("Anna =1");
        assertThat(app.uptake.shared.CsvCells.safe(null)).isEmpty();
    }

    @Test
    void onlyManagersHrAndAdminsMayLook() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> compliance.count(ComplianceFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.page(ComplianceFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.completionByUnit(ComplianceFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.exportCsv(ComplianceFilter.none(), Locale.ENGLISH, labels(),
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.modules(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theColumnsAreTheLiveModulesByTitleInTheLanguage() {
        signInAs(DemoLogins.ADMIN);
        List<ComplianceModule> de = compliance.modules(Locale.GERMAN);
        assertThat(de).extracting(ComplianceModule::moduleId).contains(X, Y, "leading-the-change");
        assertThat(de).extracting(m -> m.title().de()).isSortedAccordingTo(java.text.Collator.getInstance(Locale.GERMAN));
        assertThat(de).hasSize(jdbc.queryForObject("select count(distinct module_id) from training_module_version", Integer.class));
    }
}
