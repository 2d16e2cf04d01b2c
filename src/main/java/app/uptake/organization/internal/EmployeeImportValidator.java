package app.uptake.organization.internal;

import static app.uptake.organization.internal.EmployeeCsvReader.CRM_USER_ID;
import static app.uptake.organization.internal.EmployeeCsvReader.EMAIL;
import static app.uptake.organization.internal.EmployeeCsvReader.END_DATE;
import static app.uptake.organization.internal.EmployeeCsvReader.FIRST_NAME;
import static app.uptake.organization.internal.EmployeeCsvReader.JOB_ROLE;
import static app.uptake.organization.internal.EmployeeCsvReader.LAST_NAME;
import static app.uptake.organization.internal.EmployeeCsvReader.LOCALE;
import static app.uptake.organization.internal.EmployeeCsvReader.MANAGER_EMAIL;
import static app.uptake.organization.internal.EmployeeCsvReader.ORG_UNIT;
import static app.uptake.organization.internal.EmployeeCsvReader.START_DATE;

import app.uptake.organization.EmployeeImportPreview;
import app.uptake.organization.EmployeeImportRow;
import app.uptake.organization.EmployeeImportRow.Action;
import app.uptake.organization.ImportProblem;
import app.uptake.organization.JobRole;
import app.uptake.organization.internal.EmployeeCsvReader.RawRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the rows of an employee import file against the rules and against what already exists, and
 * works out what importing each row would do. Free of Spring and the database: it asks {@link Lookups}
 * for existing employees, org units and CRM user ids, so the same checks run for the preview, again
 * before writing, and in plain unit tests.
 *
 * <p>Rules beyond the file format: the later of two rows with the same e-mail address (or CRM user id) is
 * rejected; a manager must be an employee already or have a row of their own that is not rejected; a row
 * is rejected when its manager would close a circle in the reporting line; a closed org unit is rejected
 * unless the employee already belongs to it. Optional columns the file does not have leave the existing
 * values alone; an empty manager_email or end_date cell clears the value, while an empty locale or
 * crm_user_id cell keeps the existing one (new employees get locale {@code de} and no CRM user id).
 */
public final class EmployeeImportValidator {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_CRM_USER_ID = 64;
    static final String DEFAULT_LOCALE = "de";
    static final Set<String> LOCALES = Set.of("de", "en");

    /** Problems found while splitting the file, which re-validating a preview's rows keeps. */
    static final Set<String> PARSE_PROBLEMS = Set.of("import.error.columnCount");

    private static final Pattern EMAIL_FORMAT = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What the validator needs to know about the database. */
    public interface Lookups {

        /** The employee with this e-mail address (given lower-case). */
        Optional<EmployeeState> employee(String email);

        /** The org unit with this code, ignoring case. */
        Optional<UnitRef> orgUnit(String code);

        /** The e-mail address of the employee who has this CRM user id. */
        Optional<String> crmUserOwner(String crmUserId);
    }

    public record UnitRef(long id, String code, boolean closed) {
    }

    /**
     * An employee's data as far as the import touches it, keyed by the lower-case e-mail address; the
     * manager is named by e-mail address, null for none.
     */
    public record EmployeeState(String email, String firstName, String lastName, JobRole jobRole, long orgUnitId,
            String managerEmail, LocalDate startDate, LocalDate endDate, String locale, String crmUserId) {
    }

    /** A checked row, and for a row that is not rejected the employee's data after the import. */
    public record Checked(EmployeeImportRow row, EmployeeState target) {
    }

    private final Lookups lookups;

    public EmployeeImportValidator(Lookups lookups) {
        this.lookups = lookups;
    }

    /** The preview of a file: its file problems, or every row checked. */
    public EmployeeImportPreview preview(EmployeeCsvReader.Result csv) {
        if (!csv.fileProblems().isEmpty()) {
            return new EmployeeImportPreview(csv.charset(), csv.delimiter(), List.of(), csv.fileProblems(), csv.columns());
        }
        List<EmployeeImportRow> rows = validate(csv.columns(), csv.rows()).stream().map(Checked::row).toList();
        return new EmployeeImportPreview(csv.charset(), csv.delimiter(), rows, List.of(), csv.columns());
    }

    /** The rows of a preview as read from the file, to check them again. */
    public static List<RawRow> rawRows(EmployeeImportPreview preview) {
        List<RawRow> raw = new ArrayList<>();
        for (EmployeeImportRow row : preview.rows()) {
            Map<String, String> all = new HashMap<>();
            all.put(EMAIL, row.email());
            all.put(FIRST_NAME, row.firstName());
            all.put(LAST_NAME, row.lastName());
            all.put(JOB_ROLE, row.jobRole());
            all.put(ORG_UNIT, row.orgUnitCode());
            all.put(MANAGER_EMAIL, row.managerEmail());
            all.put(START_DATE, row.startDate());
            all.put(END_DATE, row.endDate());
            all.put(LOCALE, row.locale());
            all.put(CRM_USER_ID, row.crmUserId());
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : preview.columns()) {
                values.put(column, Objects.requireNonNullElse(all.get(column), ""));
            }
            List<ImportProblem> parseProblems = row.problems().stream()
                    .filter(p -> PARSE_PROBLEMS.contains(p.messageKey())).toList();
            raw.add(new RawRow(row.lineNumber(), values, parseProblems));
        }
        return raw;
    }

    /**
     * Checks every row.
     *
     * @param columns the known columns the file has; optional columns it lacks leave existing values alone
     */
    public List<Checked> validate(Collection<String> columns, List<RawRow> rows) {
        Set<String> present = Set.copyOf(columns);
        List<Work> work = rows.stream().map(raw -> new Work(raw, present)).toList();
        work.forEach(this::checkRow);
        checkDuplicates(work);
        checkManagersExist(work);
        work.stream().filter(Work::ok).forEach(this::computeTarget);
        resolveManagerChains(work);
        return work.stream().map(Work::toChecked).toList();
    }

    /** The state of one row while it is being checked. */
    private static final class Work {
        final RawRow raw;
        final Set<String> columns;
        final List<ImportProblem> problems = new ArrayList<>();
        String email;
        String firstName;
        String lastName;
        JobRole jobRole;
        UnitRef unit;
        String managerEmail;
        LocalDate startDate;
        LocalDate endDate;
        String locale;
        String crmUserId;
        EmployeeState before;
        EmployeeState target;

        Work(RawRow raw, Set<String> columns) {
            this.raw = raw;
            this.columns = columns;
            problems.addAll(raw.problems());
        }

        boolean ok() {
            return problems.isEmpty();
        }

        int line() {
            return raw.lineNumber();
        }

        String value(String column) {
            String value = raw.values().get(column);
            return value == null ? "" : value.trim();
        }

        boolean has(String column) {
            return columns.contains(column);
        }

        void reject(String column, String key, String... args) {
            problems.add(ImportProblem.ofRow(line(), column, key, args));
        }

        Checked toChecked() {
            Action action;
            List<String> changed = List.of();
            if (!ok()) {
                action = Action.REJECTED;
            } else if (before == null) {
                action = Action.NEW;
            } else {
                changed = changedColumns(before, target);
                action = changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
            }
            EmployeeImportRow row = new EmployeeImportRow(line(), shown(EMAIL), shown(FIRST_NAME), shown(LAST_NAME),
                    shown(JOB_ROLE), shown(ORG_UNIT), shown(MANAGER_EMAIL), shown(START_DATE), shown(END_DATE),
                    shown(LOCALE), shown(CRM_USER_ID), action, problems, changed);
            return new Checked(row, ok() ? target : null);
        }

        private String shown(String column) {
            String value = value(column);
            return value.isEmpty() ? null : value;
        }
    }

    private void checkRow(Work w) {
        if (!w.ok()) {
            return; // the fields are not where the header says; checking them would only add noise
        }
        String email = required(w, EMAIL);
        if (email != null) {
            String normalized = EmployeeEntity.normalizeEmail(email);
            if (normalized.length() > MAX_EMAIL) {
                w.reject(EMAIL, "import.error.tooLong", EMAIL, String.valueOf(MAX_EMAIL));
            } else if (!EMAIL_FORMAT.matcher(normalized).matches()) {
                w.reject(EMAIL, "import.error.invalidEmail", email);
            } else {
                w.email = normalized;
            }
        }
        w.firstName = name(w, FIRST_NAME);
        w.lastName = name(w, LAST_NAME);
        String jobRole = required(w, JOB_ROLE);
        if (jobRole != null) {
            w.jobRole = parseJobRole(jobRole).orElse(null);
            if (w.jobRole == null) {
                w.reject(JOB_ROLE, "import.error.unknownJobRole", jobRole);
            }
        }
        w.before = w.email == null ? null : lookups.employee(w.email).orElse(null);
        String code = required(w, ORG_UNIT);
        if (code != null) {
            Optional<UnitRef> unit = lookups.orgUnit(code);
            if (unit.isEmpty()) {
                w.reject(ORG_UNIT, "import.error.unknownOrgUnit", code);
            } else if (unit.get().closed() && (w.before == null || w.before.orgUnitId() != unit.get().id())) {
                w.reject(ORG_UNIT, "import.error.orgUnitClosed", code);
            } else {
                w.unit = unit.get();
            }
        }
        String manager = w.value(MANAGER_EMAIL);
        if (!manager.isEmpty()) {
            String normalized = EmployeeEntity.normalizeEmail(manager);
            if (!EMAIL_FORMAT.matcher(normalized).matches() || normalized.length() > MAX_EMAIL) {
                w.reject(MANAGER_EMAIL, "import.error.invalidEmail", manager);
            } else if (normalized.equals(w.email)) {
                w.reject(MANAGER_EMAIL, "import.error.managerSelf", manager);
            } else {
                w.managerEmail = normalized;
            }
        }
        String start = required(w, START_DATE);
        if (start != null) {
            w.startDate = date(w, START_DATE, start);
        }
        String end = w.value(END_DATE);
        if (!end.isEmpty()) {
            w.endDate = date(w, END_DATE, end);
            if (w.startDate != null && w.endDate != null && w.endDate.isBefore(w.startDate)) {
                w.reject(END_DATE, "import.error.endBeforeStart", end, start);
            }
        }
        String locale = w.value(LOCALE);
        if (!locale.isEmpty()) {
            String normalized = locale.toLowerCase(Locale.ROOT);
            if (LOCALES.contains(normalized)) {
                w.locale = normalized;
            } else {
                w.reject(LOCALE, "import.error.invalidLocale", locale);
            }
        }
        String crmUserId = w.value(CRM_USER_ID);
        if (!crmUserId.isEmpty()) {
            if (crmUserId.length() > MAX_CRM_USER_ID) {
                w.reject(CRM_USER_ID, "import.error.tooLong", CRM_USER_ID, String.valueOf(MAX_CRM_USER_ID));
            } else {
                Optional<String> owner = lookups.crmUserOwner(crmUserId);
                if (owner.isPresent() && !owner.get().equals(w.email)) {
                    w.reject(CRM_USER_ID, "import.error.crmUserTaken", crmUserId, owner.get());
                } else {
                    w.crmUserId = crmUserId;
                }
            }
        }
    }

    /** The later of two rows with the same e-mail address or CRM user id is rejected. */
    private static void checkDuplicates(List<Work> work) {
        Map<String, Integer> emailLines = new HashMap<>();
        Map<String, Integer> crmLines = new HashMap<>();
        for (Work w : work) {
            if (w.email != null) {
                Integer first = emailLines.putIfAbsent(w.email, w.line());
                if (first != null) {
                    w.reject(EMAIL, "import.error.duplicateEmail", w.value(EMAIL), String.valueOf(first));
                }
            }
            if (w.crmUserId != null) {
                Integer first = crmLines.putIfAbsent(w.crmUserId, w.line());
                if (first != null) {
                    w.reject(CRM_USER_ID, "import.error.duplicateCrmUser", w.crmUserId, String.valueOf(first));
                }
            }
        }
    }

    /** A manager must be an employee already or have a row in the file. */
    private void checkManagersExist(List<Work> work) {
        Set<String> inFile = new HashSet<>();
        work.stream().filter(w -> w.email != null).forEach(w -> inFile.add(w.email));
        for (Work w : work) {
            if (w.managerEmail != null && !inFile.contains(w.managerEmail) && lookups.employee(w.managerEmail).isEmpty()) {
                w.reject(MANAGER_EMAIL, "import.error.unknownManager", w.value(MANAGER_EMAIL));
            }
        }
    }

    private void computeTarget(Work w) {
        EmployeeState b = w.before;
        String manager = w.has(MANAGER_EMAIL) ? w.managerEmail : b == null ? null : b.managerEmail();
        LocalDate endDate = w.has(END_DATE) ? w.endDate : b == null ? null : b.endDate();
        String locale = w.locale != null ? w.locale : b == null ? DEFAULT_LOCALE : b.locale();
        String crmUserId = w.crmUserId != null ? w.crmUserId : b == null ? null : b.crmUserId();
        w.target = new EmployeeState(w.email, w.firstName, w.lastName, w.jobRole, w.unit.id(), manager, w.startDate,
                endDate, locale, crmUserId);
    }

    /**
     * Rejects rows whose manager is only in the file on a rejected row, and rows whose manager would close
     * a circle in the reporting line; repeats, since every rejection changes the picture.
     */
    private void resolveManagerChains(List<Work> work) {
        Map<String, Work> firstRowByEmail = new HashMap<>();
        work.stream().filter(w -> w.email != null).forEach(w -> firstRowByEmail.putIfAbsent(w.email, w));
        Map<String, Optional<EmployeeState>> existing = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Work w : work) {
                if (!w.ok() || w.target.managerEmail() == null || !w.has(MANAGER_EMAIL)) {
                    continue;
                }
                Work managerRow = firstRowByEmail.get(w.target.managerEmail());
                boolean employed = existing.computeIfAbsent(w.target.managerEmail(), lookups::employee).isPresent();
                if (!employed && managerRow != null && !managerRow.ok()) {
                    w.reject(MANAGER_EMAIL, "import.error.managerRejected", w.value(MANAGER_EMAIL),
                            String.valueOf(managerRow.line()));
                    changed = true;
                }
            }
            for (String email : onCircles(work, firstRowByEmail, existing)) {
                Work w = firstRowByEmail.get(email);
                if (w != null && w.ok() && w.has(MANAGER_EMAIL)) {
                    w.reject(MANAGER_EMAIL, "import.error.managerCycle", w.value(MANAGER_EMAIL));
                    changed = true;
                }
            }
        }
    }

    /**
     * The e-mail addresses on a circle of the reporting line as it would be after the import: the file's
     * rows that are not rejected, and the database for everybody else. Each person has at most one
     * manager, so following the managers from every row finds every circle in linear time.
     */
    private Set<String> onCircles(List<Work> work, Map<String, Work> firstRowByEmail,
            Map<String, Optional<EmployeeState>> existing) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path being followed, 2 = done
        Set<String> circles = new HashSet<>();
        for (Work start : work) {
            if (!start.ok() || state.containsKey(start.email)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String current = start.email;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                path.add(current);
                current = managerAfterImport(current, firstRowByEmail, existing);
            }
            if (current != null && state.get(current) == 1) {
                circles.addAll(path.subList(path.indexOf(current), path.size()));
            }
            path.forEach(email -> state.put(email, 2));
        }
        return circles;
    }

    private String managerAfterImport(String email, Map<String, Work> firstRowByEmail,
            Map<String, Optional<EmployeeState>> existing) {
        Work row = firstRowByEmail.get(email);
        if (row != null && row.ok()) {
            return row.target.managerEmail();
        }
        return existing.computeIfAbsent(email, lookups::employee).map(EmployeeState::managerEmail).orElse(null);
    }

    private static List<String> changedColumns(EmployeeState before, EmployeeState after) {
        List<String> changed = new ArrayList<>();
        addIfDiffers(changed, FIRST_NAME, before.firstName(), after.firstName());
        addIfDiffers(changed, LAST_NAME, before.lastName(), after.lastName());
        addIfDiffers(changed, JOB_ROLE, before.jobRole(), after.jobRole());
        addIfDiffers(changed, ORG_UNIT, before.orgUnitId(), after.orgUnitId());
        addIfDiffers(changed, MANAGER_EMAIL, before.managerEmail(), after.managerEmail());
        addIfDiffers(changed, START_DATE, before.startDate(), after.startDate());
        addIfDiffers(changed, END_DATE, before.endDate(), after.endDate());
        addIfDiffers(changed, LOCALE, before.locale(), after.locale());
        addIfDiffers(changed, CRM_USER_ID, before.crmUserId(), after.crmUserId());
        return changed;
    }

    private static void addIfDiffers(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    private static String required(Work w, String column) {
        String value = w.value(column);
        if (value.isEmpty()) {
            w.reject(column, "import.error.required", column);
            return null;
        }
        return value;
    }

    private static String name(Work w, String column) {
        String value = required(w, column);
        if (value != null && value.length() > MAX_NAME) {
            w.reject(column, "import.error.tooLong", column, String.valueOf(MAX_NAME));
            return null;
        }
        return value;
    }

    private static LocalDate date(Work w, String column, String value) {
        Optional<LocalDate> date = parseDate(value);
        if (date.isEmpty()) {
            w.reject(column, "import.error.invalidDate", value);
        }
        return date.orElse(null);
    }

    /** An ISO date (2025-03-01) or a German one (01.03.2025 or 1.3.2025). */
    static Optional<LocalDate> parseDate(String value) {
        for (DateTimeFormatter format : List.of(ISO_DATE, GERMAN_DATE)) {
            try {
                return Optional.of(LocalDate.parse(value.trim(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** A job role by its enum name, ignoring case and taking spaces and hyphens for underscores. */
    static Optional<JobRole> parseJobRole(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        for (JobRole role : JobRole.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
