package app.uptake.support;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Employees made for one test, with addresses no other test uses, so tests can count exactly what they get.
 * {@link #removeAll()} deletes them and everything that refers to them, so tests counting the demo company's
 * people or assignments afterwards find it as it was.
 */
public final class TestPeople {

    private final JdbcTemplate jdbc;
    private final java.util.List<Long> made = new java.util.ArrayList<>();

    public TestPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new employee in the company's top unit; HR's recorded language {@code locale}. */
    public Person employee(String first, String last, String locale, Long managerId, LocalDate endDate) {
        String email = (first + "." + last + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example")
                .toLowerCase(java.util.Locale.ROOT);
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("first_name", first);
        values.put("last_name", last);
        values.put("email", email);
        values.put("job_role", "INSIDE_SALES");
        values.put("org_unit_id", unit);
        values.put("manager_id", managerId);
        values.put("start_date", Date.valueOf(LocalDate.of(2000, 1, 1)));
        values.put("end_date", endDate == null ? null : Date.valueOf(endDate));
        values.put("locale", locale);
        Number id = new SimpleJdbcInsert(jdbc).withTableName("employee").usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new)).executeAndReturnKey(values);
        made.add(id.longValue());
        return new Person(id.longValue(), first + " " + last, email);
    }

    /** Deletes the people made, newest first (reports before their managers), with what refers to them. */
    public void removeAll() {
        for (Long id : made.reversed()) {
            jdbc.update("delete from notification where recipient_id = ?", id);
            jdbc.update("delete from training_reminder where recipient_id = ? or assignment_id in "
                    + "(select a.id from training_assignment a where a.employee_id = ?)", id, id);
            jdbc.update("delete from training_lesson_read where employee_id = ?", id);
            jdbc.update("delete from training_assignment where employee_id = ?", id);
            jdbc.update("delete from user_account where employee_id = ?", id);
            jdbc.update("delete from employee where id = ?", id);
        }
        made.clear();
    }

    /** Gives the employee a login, with the language picked in the user menu or null. */
    public void account(Person person, String preferredLocale) {
        jdbc.update("insert into user_account (employee_id, username, password_hash, enabled, preferred_locale) "
                + "values (?, ?, '{noop}x', true, ?)", person.id(), person.email(), preferredLocale);
    }

    public record Person(long id, String name, String email) {
    }
}
