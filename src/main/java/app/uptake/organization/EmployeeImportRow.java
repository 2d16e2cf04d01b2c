package app.uptake.organization;

import java.util.List;

/**
 * One data row of an employee import file as read (values trimmed, an empty cell or a column the file
 * does not have is null) and what importing it would do.
 *
 * @param lineNumber the physical line where the row begins (the header is line 1; quoted line breaks
 * inside earlier rows are counted)
 * @param problems why the row is rejected; empty unless {@code action} is {@link Action#REJECTED}
 * @param changedColumns for {@link Action#UPDATE}, the CSV columns whose value differs from the employee's
 * current data; empty otherwise
 */
public record EmployeeImportRow(int lineNumber, String email, String firstName, String lastName, String jobRole,
        String orgUnitCode, String managerEmail, String startDate, String endDate, String locale, String crmUserId,
        Action action, List<ImportProblem> problems, List<String> changedColumns) {

    /** What importing the row does. */
    public enum Action {
        /** No employee has the e-mail address yet: one is created. */
        NEW,
        /** The employee with the e-mail address gets the changed values. */
        UPDATE,
        /** The employee with the e-mail address already has exactly these values. */
        UNCHANGED,
        /** The row has problems and is skipped. */
        REJECTED;

        public String messageKey() {
            return "import.action." + name();
        }
    }

    public EmployeeImportRow {
        problems = List.copyOf(problems);
        changedColumns = List.copyOf(changedColumns);
    }

    public boolean isRejected() {
        return action == Action.REJECTED;
    }
}
