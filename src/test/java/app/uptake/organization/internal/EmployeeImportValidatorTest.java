package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeImportPreview;
import app.uptake.organization.EmployeeImportRow;
import app.uptake.organization.EmployeeImportRow.Action;
import app.uptake.organization.ImportProblem;
import app.uptake.organization.JobRole;
import app.uptake.organization.internal.EmployeeImportValidator.Checked;
import app.uptake.organization.internal.EmployeeImportValidator.EmployeeState;
import app.uptake.organization.internal.EmployeeImportValidator.UnitRef;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmployeeImportValidatorTest {

    private static final String HEADER =
            "email;first_name;last_name;job_role;org_unit;manager_email;start_date;end_date;locale;crm_user_id\n";

    /** The database, as far as the validator sees it. */
    private static final class FakeDatabase implements EmployeeImportValidator.Lookups {
        final Map<String, EmployeeState> employees = new HashMap<>();
        final Map<String, UnitRef> units = new HashMap<>();

        FakeDatabase() {
            unit(1, "SALES", false);
            unit(2, "SERVICE", false);
            unit(3, "OLD", true);
        }

        void unit(long id, String code, boolean closed) {
            units.put(code, new UnitRef(id, code, closed));
        }

        void employee(EmployeeState state) {
            employees.put(state.email(), state);
        }

        @Override
        public Optional<EmployeeState> employee(String email) {
            return Optional.ofNullable(employees.get(email));
        }

        @Override
        public Optional<UnitRef> orgUnit(String code) {
            return Optional.ofNullable(units.get(code.toUpperCase(Locale.ROOT)));
        }

        @Override
        public Optional<String> crmUserOwner(String crmUserId) {
            return employees.values().stream().filter(e -> crmUserId.equals(e.crmUserId()))
                    .map(EmployeeState::email).findFirst();
        }

        /** Does what the service's apply does: writes the target of every row that is not rejected. */
        void apply(List<Checked> checked) {
            checked.stream().filter(c -> c.target() != null).forEach(c -> employee(c.target()));
        }
    }

    private final FakeDatabase db = new FakeDatabase();

    private EmployeeImportPreview preview(String csv) {
        return preview(csv.getBytes(StandardCharsets.UTF_8));
    }

    private EmployeeImportPreview preview(byte[] bytes) {
        return new EmployeeImportValidator(db).preview(EmployeeCsvReader.read(bytes));
    }

    private List<Checked> revalidate(EmployeeImportPreview preview) {
        return new EmployeeImportValidator(db).validate(preview.columns(), EmployeeImportValidator.rawRows(preview));
    }

    private static EmployeeState existing(String email, String managerEmail, String crmUserId) {
        return new EmployeeState(email, "Ex", "Isting", JobRole.SALES_MANAGER, 1, managerEmail,
                LocalDate.of(2019, 1, 1), null, "de", crmUserId);
    }

    private static EmployeeImportRow row(EmployeeImportPreview preview, int lineNumber) {
        return preview.rows().stream().filter(r -> r.lineNumber() == lineNumber).findFirst().orElseThrow();
    }

    private static List<ImportProblem> problems(EmployeeImportPreview preview, int lineNumber) {
        return row(preview, lineNumber).problems();
    }

    private static ImportProblem problem(int line, String column, String key, String... args) {
        return ImportProblem.ofRow(line, column, key, args);
    }

    @Test
    void validNewRowsBecomeNew() {
        EmployeeImportPreview preview = preview(HEADER
                + "Anna.Mueller@Example.com;Anna;Müller;Sales Manager;sales;;2020-04-01;;;005A1\n"
                + "ben@example.com;Ben;Schmidt;account-executive;SALES;anna.mueller@example.com;15.01.2023;31.12.2025;EN;\n");

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).extracting(EmployeeImportRow::action).containsExactly(Action.NEW, Action.NEW);
        assertThat(preview.isImportable()).isTrue();
        assertThat(preview.validRows()).hasSize(2);
        assertThat(preview.rejectedRows()).isEmpty();
        EmployeeImportRow anna = preview.rows().get(0);
        assertThat(anna.lineNumber()).isEqualTo(2);
        assertThat(anna.email()).isEqualTo("Anna.Mueller@Example.com");
        assertThat(anna.managerEmail()).isNull();
        assertThat(anna.locale()).isNull();

        List<Checked> checked = revalidate(preview);
        assertThat(checked.get(0).target()).isEqualTo(new EmployeeState("anna.mueller@example.com", "Anna", "Müller",
                JobRole.SALES_MANAGER, 1, null, LocalDate.of(2020, 4, 1), null, "de", "005A1"));
        assertThat(checked.get(1).target()).isEqualTo(new EmployeeState("ben@example.com", "Ben", "Schmidt",
                JobRole.ACCOUNT_EXECUTIVE, 1, "anna.mueller@example.com", LocalDate.of(2023, 1, 15),
                LocalDate.of(2025, 12, 31), "en", null));
    }

    @Test
    void windows1252FileKeepsUmlauts() {
        byte[] bytes = (HEADER + "jens@example.com;Jürgen;Müller;INSIDE_SALES;SALES;;01.02.2024;;;\n")
                .getBytes(Charset.forName("windows-1252"));

        EmployeeImportPreview preview = preview(bytes);

        assertThat(preview.charset()).isEqualTo("windows-1252");
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.firstName()).isEqualTo("Jürgen");
            assertThat(r.lastName()).isEqualTo("Müller");
            assertThat(r.action()).isEqualTo(Action.NEW);
        });
    }

    @Test
    void commaSeparatedFileWithQuotedNewlineIsValidated() {
        EmployeeImportPreview preview = preview(HEADER.replace(';', ',')
                + "anna@example.com,Anna,\"Müller,\nSchulz\",SALES_MANAGER,SALES,,2020-04-01,,,\n"
                + "ben@example.com,Ben,Schmidt,NOPE,SALES,,2020-04-01,,,\n");

        assertThat(preview.delimiter()).isEqualTo(',');
        assertThat(row(preview, 2).action()).isEqualTo(Action.NEW);
        assertThat(row(preview, 2).lastName()).isEqualTo("Müller,\nSchulz");
        assertThat(problems(preview, 4)).containsExactly(problem(4, "job_role", "import.error.unknownJobRole", "NOPE"));
    }

    @Test
    void everyMissingRequiredValueIsReportedPerColumn() {
        EmployeeImportPreview preview = preview(HEADER + ";;;;;;;;de;\n" + "  ; ;\"\";;;;;;;\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "email", "import.error.required", "email"),
                problem(2, "first_name", "import.error.required", "first_name"),
                problem(2, "last_name", "import.error.required", "last_name"),
                problem(2, "job_role", "import.error.required", "job_role"),
                problem(2, "org_unit", "import.error.required", "org_unit"),
                problem(2, "start_date", "import.error.required", "start_date"));
        assertThat(preview.rows()).extracting(EmployeeImportRow::lineNumber).containsExactly(2, 4); // line 3 is empty
        assertThat(problems(preview, 4)).containsExactly(problem(4, "start_date", "import.error.required", "start_date"));
        assertThat(row(preview, 4).action()).isEqualTo(Action.REJECTED);
        assertThat(preview.isImportable()).isFalse();
    }

    @Test
    void invalidEmailAddresses() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna.example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "ben@example;Ben;Schmidt;SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "carla@example.com;Carla;Clausen;SALES_MANAGER;SALES;boss at example.com;2020-04-01;;;\n");

        assertThat(problems(preview, 2)).containsExactly(problem(2, "email", "import.error.invalidEmail", "anna.example.com"));
        assertThat(problems(preview, 3)).containsExactly(problem(3, "email", "import.error.invalidEmail", "ben@example"));
        assertThat(problems(preview, 4)).containsExactly(
                problem(4, "manager_email", "import.error.invalidEmail", "boss at example.com"));
    }

    @Test
    void jobRolesAcceptCaseSpacesAndHyphens() {
        assertThat(EmployeeImportValidator.parseJobRole("Account Executive")).contains(JobRole.ACCOUNT_EXECUTIVE);
        assertThat(EmployeeImportValidator.parseJobRole(" key-account-manager ")).contains(JobRole.KEY_ACCOUNT_MANAGER);
        assertThat(EmployeeImportValidator.parseJobRole("CRM_PROGRAM_MANAGER")).contains(JobRole.CRM_PROGRAM_MANAGER);
        assertThat(EmployeeImportValidator.parseJobRole("Verkäufer")).isEmpty();
    }

    @Test
    void unknownJobRoleAndUnknownOrClosedOrgUnit() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;Sales Rockstar;SALES;;2020-04-01;;;\n"
                + "ben@example.com;Ben;Schmidt;SALES_MANAGER;MARKETING;;2020-04-01;;;\n"
                + "carla@example.com;Carla;Clausen;SALES_MANAGER;old;;2020-04-01;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "job_role", "import.error.unknownJobRole", "Sales Rockstar"));
        assertThat(problems(preview, 3)).containsExactly(
                problem(3, "org_unit", "import.error.unknownOrgUnit", "MARKETING"));
        assertThat(problems(preview, 4)).containsExactly(problem(4, "org_unit", "import.error.orgUnitClosed", "old"));
    }

    @Test
    void closedOrgUnitIsAcceptedForAnEmployeeWhoAlreadyBelongsToIt() {
        db.employee(new EmployeeState("old@example.com", "Olga", "Alt", JobRole.SERVICE_AGENT, 3, null,
                LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), "de", null));
        db.employee(existing("moving@example.com", null, null));

        EmployeeImportPreview preview = preview(HEADER
                + "old@example.com;Olga;Alt;SERVICE_AGENT;OLD;;2010-01-01;2020-01-01;;\n"
                + "moving@example.com;Ex;Isting;SALES_MANAGER;OLD;;2019-01-01;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.UNCHANGED);
        assertThat(problems(preview, 3)).containsExactly(problem(3, "org_unit", "import.error.orgUnitClosed", "OLD"));
    }

    @Test
    void datesInIsoAndGermanFormatAndInvalidDates() {
        EmployeeImportPreview preview = preview(HEADER
                + "a@example.com;A;A;INSIDE_SALES;SALES;;2024-02-29;;;\n"
                + "b@example.com;B;B;INSIDE_SALES;SALES;;1.3.2024;31.12.2024;;\n"
                + "c@example.com;C;C;INSIDE_SALES;SALES;;31.02.2024;;;\n"
                + "d@example.com;D;D;INSIDE_SALES;SALES;;2024-13-01;tomorrow;;\n"
                + "e@example.com;E;E;INSIDE_SALES;SALES;;01.02.24;;;\n"
                + "f@example.com;F;F;INSIDE_SALES;SALES;;02/01/2024;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.NEW);
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
        assertThat(revalidate(preview).get(1).target().startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(revalidate(preview).get(1).target().endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(problems(preview, 4)).containsExactly(problem(4, "start_date", "import.error.invalidDate", "31.02.2024"));
        assertThat(problems(preview, 5)).containsExactly(
                problem(5, "start_date", "import.error.invalidDate", "2024-13-01"),
                problem(5, "end_date", "import.error.invalidDate", "tomorrow"));
        assertThat(problems(preview, 6)).containsExactly(problem(6, "start_date", "import.error.invalidDate", "01.02.24"));
        assertThat(problems(preview, 7)).containsExactly(problem(7, "start_date", "import.error.invalidDate", "02/01/2024"));
    }

    @Test
    void endDateBeforeStartDate() {
        EmployeeImportPreview preview = preview(HEADER
                + "a@example.com;A;A;INSIDE_SALES;SALES;;01.06.2024;31.05.2024;;\n"
                + "b@example.com;B;B;INSIDE_SALES;SALES;;01.06.2024;2024-06-01;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "end_date", "import.error.endBeforeStart", "31.05.2024", "01.06.2024"));
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW); // leaving on the first day is allowed
    }

    @Test
    void localeMustBeGermanOrEnglish() {
        EmployeeImportPreview preview = preview(HEADER
                + "a@example.com;A;A;INSIDE_SALES;SALES;;2024-01-01;;fr;\n"
                + "b@example.com;B;B;INSIDE_SALES;SALES;;2024-01-01;;De;\n"
                + "c@example.com;C;C;INSIDE_SALES;SALES;;2024-01-01;;de-DE;\n");

        assertThat(problems(preview, 2)).containsExactly(problem(2, "locale", "import.error.invalidLocale", "fr"));
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
        assertThat(revalidate(preview).get(1).target().locale()).isEqualTo("de");
        assertThat(problems(preview, 4)).containsExactly(problem(4, "locale", "import.error.invalidLocale", "de-DE"));
    }

    @Test
    void valuesLongerThanTheDatabaseAllows() {
        String longName = "x".repeat(101);
        String longCrm = "c".repeat(65);
        EmployeeImportPreview preview = preview(HEADER
                + "a@example.com;" + longName + ";A;INSIDE_SALES;SALES;;2024-01-01;;;" + longCrm + "\n"
                + "b@example.com;" + "y".repeat(100) + ";B;INSIDE_SALES;SALES;;2024-01-01;;;" + "d".repeat(64) + "\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "first_name", "import.error.tooLong", "first_name", "100"),
                problem(2, "crm_user_id", "import.error.tooLong", "crm_user_id", "64"));
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
    }

    @Test
    void laterDuplicateEmailIsRejectedReferringToTheFirstLine() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "ben@example.com;Ben;Schmidt;SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "ANNA@example.com;Anna;Meier;SALES_MANAGER;SALES;;2020-04-01;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.NEW);
        assertThat(problems(preview, 4)).containsExactly(
                problem(4, "email", "import.error.duplicateEmail", "ANNA@example.com", "2"));
    }

    @Test
    void crmUserIdTakenByAnotherEmployeeOrDuplicatedInTheFile() {
        db.employee(existing("owner@example.com", null, "CRM-1"));
        db.employee(existing("self@example.com", null, "CRM-2"));

        EmployeeImportPreview preview = preview(HEADER
                + "a@example.com;A;A;INSIDE_SALES;SALES;;2024-01-01;;;CRM-1\n"
                + "self@example.com;Ex;Isting;SALES_MANAGER;SALES;;2019-01-01;;;CRM-2\n"
                + "b@example.com;B;B;INSIDE_SALES;SALES;;2024-01-01;;;CRM-3\n"
                + "c@example.com;C;C;INSIDE_SALES;SALES;;2024-01-01;;;CRM-3\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "crm_user_id", "import.error.crmUserTaken", "CRM-1", "owner@example.com"));
        assertThat(row(preview, 3).action()).isEqualTo(Action.UNCHANGED);
        assertThat(row(preview, 4).action()).isEqualTo(Action.NEW);
        assertThat(problems(preview, 5)).containsExactly(
                problem(5, "crm_user_id", "import.error.duplicateCrmUser", "CRM-3", "4"));
    }

    @Test
    void managerMayBeAnEmployeeOrAnyRowOfTheFile() {
        db.employee(existing("boss@example.com", null, null));

        EmployeeImportPreview preview = preview(HEADER
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;2023-01-15;;;\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;BOSS@example.com;2020-04-01;;;\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;nobody@example.com;2023-01-15;;;\n"
                + "dora@example.com;Dora;Dietz;INSIDE_SALES;SALES;Dora@Example.com;2023-01-15;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.NEW);
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
        assertThat(revalidate(preview).get(1).target().managerEmail()).isEqualTo("boss@example.com");
        assertThat(problems(preview, 4)).containsExactly(
                problem(4, "manager_email", "import.error.unknownManager", "nobody@example.com"));
        assertThat(problems(preview, 5)).containsExactly(
                problem(5, "manager_email", "import.error.managerSelf", "Dora@Example.com"));
    }

    @Test
    void managerOnlyInARejectedRowRejectsTheReportsToo() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;NOWHERE;;2020-04-01;;;\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;2023-01-15;;;\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;ben@example.com;2023-01-15;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "org_unit", "import.error.unknownOrgUnit", "NOWHERE"));
        assertThat(problems(preview, 3)).containsExactly(
                problem(3, "manager_email", "import.error.managerRejected", "anna@example.com", "2"));
        assertThat(problems(preview, 4)).containsExactly(
                problem(4, "manager_email", "import.error.managerRejected", "ben@example.com", "3"));
        assertThat(preview.isImportable()).isFalse();
    }

    @Test
    void managerInARejectedRowIsFineWhenAlreadyAnEmployee() {
        db.employee(existing("anna@example.com", null, null));

        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;NOWHERE;;2020-04-01;;;\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;2023-01-15;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.REJECTED);
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
    }

    @Test
    void reportingCircleInTheFileIsRejected() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;ben@example.com;2020-04-01;;;\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;2023-01-15;;;\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;anna@example.com;2023-01-15;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "manager_email", "import.error.managerCycle", "ben@example.com"));
        assertThat(problems(preview, 3)).containsExactly(
                problem(3, "manager_email", "import.error.managerCycle", "anna@example.com"));
        // Carla's manager is not on the circle, but her row is rejected with Anna's.
        assertThat(problems(preview, 4)).containsExactly(
                problem(4, "manager_email", "import.error.managerRejected", "anna@example.com", "2"));
    }

    @Test
    void reportingCircleThroughTheDatabaseIsRejected() {
        db.employee(existing("boss@example.com", null, null));
        db.employee(existing("lead@example.com", "boss@example.com", null));

        EmployeeImportPreview preview = preview(HEADER
                + "boss@example.com;Ex;Isting;SALES_MANAGER;SALES;lead@example.com;2019-01-01;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                problem(2, "manager_email", "import.error.managerCycle", "lead@example.com"));
    }

    @Test
    void rowWithWrongNumberOfFieldsIsRejectedWithOnlyThatProblem() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01\n"
                + "ben@example.com;Ben;Schmidt;SALES_MANAGER;SALES;;2020-04-01;;;\n");

        assertThat(problems(preview, 2)).containsExactly(
                new ImportProblem(2, null, "import.error.columnCount", List.of("7", "10")));
        assertThat(row(preview, 3).action()).isEqualTo(Action.NEW);
        assertThat(revalidate(preview).get(0).row().problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.columnCount");
    }

    @Test
    void existingEmployeesAreMatchedIgnoringCaseAndUpdatedOrUnchanged() {
        db.employee(existing("same@example.com", null, "CRM-9"));
        db.employee(existing("moved@example.com", null, null));

        EmployeeImportPreview preview = preview(HEADER
                + "Same@Example.COM;Ex;Isting;SALES_MANAGER;sales;;01.01.2019;;;\n"
                + "moved@example.com;Ex;Isting;Service Manager;SERVICE;same@example.com;2019-01-01;;en;\n");

        EmployeeImportRow same = row(preview, 2);
        assertThat(same.action()).isEqualTo(Action.UNCHANGED);
        assertThat(same.changedColumns()).isEmpty();
        EmployeeImportRow moved = row(preview, 3);
        assertThat(moved.action()).isEqualTo(Action.UPDATE);
        assertThat(moved.changedColumns()).containsExactly("job_role", "org_unit", "manager_email", "locale");
        // An empty crm_user_id keeps the existing one.
        assertThat(revalidate(preview).get(0).target().crmUserId()).isEqualTo("CRM-9");
    }

    @Test
    void optionalColumnsTheFileLacksLeaveExistingValuesAlone() {
        db.employee(existing("boss@example.com", null, null));
        db.employee(new EmployeeState("ex@example.com", "Ex", "Isting", JobRole.SALES_MANAGER, 1, "boss@example.com",
                LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1), "en", "CRM-7"));

        EmployeeImportPreview preview = preview("email;first_name;last_name;job_role;org_unit;start_date\n"
                + "ex@example.com;Ex;Isting;SALES_MANAGER;SALES;2019-01-01\n"
                + "new@example.com;New;Person;SALES_MANAGER;SALES;2024-01-01\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.UNCHANGED);
        assertThat(revalidate(preview).get(1).target()).isEqualTo(new EmployeeState("new@example.com", "New", "Person",
                JobRole.SALES_MANAGER, 1, null, LocalDate.of(2024, 1, 1), null, "de", null));
    }

    @Test
    void emptyManagerAndEndDateCellsClearThoseValues() {
        db.employee(existing("boss@example.com", null, null));
        db.employee(new EmployeeState("ex@example.com", "Ex", "Isting", JobRole.SALES_MANAGER, 1, "boss@example.com",
                LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1), "en", "CRM-7"));

        EmployeeImportPreview preview = preview(HEADER + "ex@example.com;Ex;Isting;SALES_MANAGER;SALES;;2019-01-01;;;\n");

        assertThat(row(preview, 2).action()).isEqualTo(Action.UPDATE);
        assertThat(row(preview, 2).changedColumns()).containsExactly("manager_email", "end_date");
        assertThat(revalidate(preview).get(0).target().locale()).isEqualTo("en");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        db.employee(existing("boss@example.com", null, null));
        db.employee(existing("ben@example.com", "boss@example.com", null));
        String csv = HEADER
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;15.01.2023;;en;CRM-B\n"
                + "anna@example.com;Anna;Müller;Sales Manager;sales;boss@example.com;2020-04-01;;;CRM-A\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;ben@example.com;2023-01-15;2025-12-31;;\n"
                + "broken@example.com;Bro;Ken;INSIDE_SALES;SALES;;someday;;;\n";

        EmployeeImportPreview first = preview(csv);
        assertThat(first.rows()).extracting(EmployeeImportRow::action)
                .containsExactly(Action.UPDATE, Action.NEW, Action.NEW, Action.REJECTED);
        db.apply(revalidate(first));

        EmployeeImportPreview second = preview(csv);
        assertThat(second.rows()).extracting(EmployeeImportRow::action)
                .containsExactly(Action.UNCHANGED, Action.UNCHANGED, Action.UNCHANGED, Action.REJECTED);
        assertThat(revalidate(second)).extracting(c -> c.row().action())
                .containsExactly(Action.UNCHANGED, Action.UNCHANGED, Action.UNCHANGED, Action.REJECTED);
        assertThat(db.employees.get("ben@example.com").managerEmail()).isEqualTo("anna@example.com");
    }

    @Test
    void revalidationSeesChangesMadeSinceThePreview() {
        EmployeeImportPreview preview = preview(HEADER
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;CRM-A\n"
                + "ben@example.com;Ben;Schmidt;SALES_MANAGER;SALES;;2020-04-01;;;\n");
        assertThat(preview.rows()).extracting(EmployeeImportRow::action).containsExactly(Action.NEW, Action.NEW);

        db.employee(existing("other@example.com", null, "CRM-A")); // somebody took the CRM user id meanwhile
        db.employee(new EmployeeState("ben@example.com", "Ben", "Schmidt", JobRole.SALES_MANAGER, 1, null,
                LocalDate.of(2020, 4, 1), null, "de", null)); // and somebody created Ben
        db.unit(1, "SALES", true); // and closed the unit

        List<Checked> again = revalidate(preview);

        assertThat(again.get(0).row().problems()).containsExactly(
                problem(2, "org_unit", "import.error.orgUnitClosed", "SALES"),
                problem(2, "crm_user_id", "import.error.crmUserTaken", "CRM-A", "other@example.com"));
        assertThat(again.get(0).target()).isNull();
        assertThat(again.get(1).row().action()).isEqualTo(Action.UNCHANGED);
    }

    @Test
    void fileProblemsMeanNoRowsAndNothingToImport() {
        EmployeeImportPreview preview = preview("email;first_name\nanna@example.com;Anna\n");

        assertThat(preview.fileProblems()).containsExactly(
                ImportProblem.ofFile("import.error.missingColumns", "last_name, job_role, org_unit, start_date"));
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.isImportable()).isFalse();
    }

    @Test
    void previewCountsRowsByAction() {
        db.employee(existing("ex@example.com", null, null));
        EmployeeImportPreview preview = preview(HEADER
                + "ex@example.com;Ex;Isting;SALES_MANAGER;SALES;;2019-01-01;;;\n"
                + "new@example.com;New;Person;SALES_MANAGER;SALES;;2019-01-01;;;\n"
                + "bad@example.com;Bad;Person;SALES_MANAGER;SALES;;;;;\n");

        assertThat(preview.count(Action.UNCHANGED)).isEqualTo(1);
        assertThat(preview.count(Action.NEW)).isEqualTo(1);
        assertThat(preview.count(Action.REJECTED)).isEqualTo(1);
        assertThat(preview.validRows()).extracting(EmployeeImportRow::lineNumber).containsExactly(2, 3);
        assertThat(preview.rejectedRows()).extracting(EmployeeImportRow::lineNumber).containsExactly(4);
        assertThat(preview.isImportable()).isTrue();
    }
}
