package app.uptake.organization;

import java.util.List;

/**
 * One problem found while reading an employee import file. The message is an i18n key with its arguments
 * (all strings, already formatted), so the UI shows it in the user's language.
 *
 * <p>Whole-file problems ({@code lineNumber} 0, {@code column} null) stop the import:
 * <ul>
 * <li>{@code import.error.empty} — the file holds no text at all.</li>
 * <li>{@code import.error.noHeader} — the first non-empty line names none of the known columns with any
 * of the delimiters ; , TAB.</li>
 * <li>{@code import.error.missingColumns} — args: the missing required column names, comma-separated.</li>
 * <li>{@code import.error.duplicateColumn} — args: the column named twice in the header row.</li>
 * <li>{@code import.error.tooManyRows} — args: the maximum number of data rows (10000).</li>
 * <li>{@code import.error.malformed} — args: the line where the record that cannot be read begins (a
 * quotation mark that is never closed, or text after a closing quotation mark).</li>
 * <li>{@code import.error.notImportable} — (thrown as a BusinessRuleException by apply) the preview has
 * whole-file problems.</li>
 * </ul>
 *
 * <p>Row problems (the row's line number, and the column they belong to where there is one) reject the
 * row:
 * <ul>
 * <li>{@code import.error.columnCount} — args: the row's number of fields, the header's number of fields.</li>
 * <li>{@code import.error.required} — column; args: the column name.</li>
 * <li>{@code import.error.tooLong} — column; args: the column name, the maximum length.</li>
 * <li>{@code import.error.invalidEmail} — column email or manager_email; args: the value.</li>
 * <li>{@code import.error.unknownJobRole} — column job_role; args: the value.</li>
 * <li>{@code import.error.unknownOrgUnit} — column org_unit; args: the value.</li>
 * <li>{@code import.error.orgUnitClosed} — column org_unit; args: the value.</li>
 * <li>{@code import.error.invalidDate} — column start_date or end_date; args: the value.</li>
 * <li>{@code import.error.endBeforeStart} — column end_date; args: the end date, the start date (as in the
 * file).</li>
 * <li>{@code import.error.invalidLocale} — column locale; args: the value.</li>
 * <li>{@code import.error.crmUserTaken} — column crm_user_id; args: the value, the e-mail address of the
 * employee who has it.</li>
 * <li>{@code import.error.duplicateCrmUser} — column crm_user_id; args: the value, the line it first
 * appears in (the later row is rejected).</li>
 * <li>{@code import.error.duplicateEmail} — column email; args: the address, the line it first appears in
 * (the later row is rejected, the first one is kept).</li>
 * <li>{@code import.error.unknownManager} — column manager_email; args: the address, which is neither an
 * employee's nor in the file.</li>
 * <li>{@code import.error.managerSelf} — column manager_email; args: the address.</li>
 * <li>{@code import.error.managerRejected} — column manager_email; args: the address, the line of the
 * manager's own row, which is rejected (and the manager is not an employee yet).</li>
 * <li>{@code import.error.managerCycle} — column manager_email; args: the address; the reporting line
 * would run in a circle.</li>
 * </ul>
 *
 * <p>The UI also finds labels for {@link EmployeeImportRow.Action} under {@code import.action.<NAME>}.
 *
 * @param lineNumber the physical line in the file where the row begins (header = line 1), 0 for the file
 * @param column the CSV column name (e.g. {@code start_date}), or null
 */
public record ImportProblem(int lineNumber, String column, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    /** A problem with the whole file. */
    public static ImportProblem ofFile(String messageKey, String... args) {
        return new ImportProblem(0, null, messageKey, List.of(args));
    }

    /** A problem with one row, optionally tied to a column. */
    public static ImportProblem ofRow(int lineNumber, String column, String messageKey, String... args) {
        return new ImportProblem(lineNumber, column, messageKey, List.of(args));
    }
}
