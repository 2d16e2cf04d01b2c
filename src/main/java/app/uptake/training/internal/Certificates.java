package app.uptake.training.internal;

import app.uptake.shared.LocalizedText;
import app.uptake.training.CertificateValidity;
import app.uptake.training.TrainingModule;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The certificates table. A verification code is 12 random characters of Crockford's base 32 (60 bits), printed
 * in three groups, so codes cannot be guessed by counting; reading ignores case, dashes and spaces and the letters
 * easily taken for digits.
 */
@Component
public class Certificates {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    Certificates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Certificate(long id, String code, long employeeId, String moduleId, String version, LocalizedText title,
            Instant issuedAt, LocalDate validUntil, LocalDate supersededOn) {

        public CertificateValidity validityOn(LocalDate day) {
            if (supersededOn != null) {
                return CertificateValidity.SUPERSEDED;
            }
            return validUntil != null && validUntil.isBefore(day) ? CertificateValidity.EXPIRED : CertificateValidity.VALID;
        }
    }

    /** Issues the certificate of a passed attempt; valid for the module's recertification period from the day. */
    public Certificate issue(long employeeId, long attemptId, TrainingModule module, Instant at, LocalDate day) {
        String code = newCode();
        LocalDate validUntil = module.recertifyAfterMonths() == null ? null : day.plusMonths(module.recertifyAfterMonths());
        jdbc.update("insert into training_certificate (code, employee_id, attempt_id, module_id, module_version, "
                + "title_en, title_de, issued_at, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", code, employeeId,
                attemptId, module.id(), module.version(), module.title().en(), module.title().de(), Timestamp.from(at),
                validUntil == null ? null : Date.valueOf(validUntil));
        return byCode(code).orElseThrow();
    }

    public Optional<Certificate> byCode(String code) {
        return jdbc.query(SELECT + " where code = ?", Certificates::certificate, code).stream().findFirst();
    }

    /** The employee's certificates, newest first. */
    public List<Certificate> of(long employeeId) {
        return jdbc.query(SELECT + " where employee_id = ? order by issued_at desc, id desc", Certificates::certificate,
                employeeId);
    }

    /**
     * Marks as superseded the standing certificates of the module held by learners whose completion was earned on
     * an earlier major version than {@code major}.
     */
    public int supersedeEarlierMajors(String moduleId, int major, LocalDate day) {
        return jdbc.update("update training_certificate set superseded_on = ? where module_id = ? and superseded_on is null "
                + "and employee_id in (select employee_id from training_assignment where module_id = ? "
                + "and completed_at is not null and completed_major < ?)", Date.valueOf(day), moduleId, moduleId, major);
    }

    /**
     * The code in its printed form, or empty when the input cannot be a code: case, spaces and dashes do not
     * matter, O reads as 0 and I or L as 1.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            plain.append(read);
        }
        if (plain.length() != 12) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static final String SELECT = "select id, code, employee_id, module_id, module_version, title_en, title_de, "
            + "issued_at, valid_until, superseded_on from training_certificate";

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate(9);
        Date superseded = rs.getDate(10);
        return new Certificate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                new LocalizedText(rs.getString(6), rs.getString(7)), rs.getTimestamp(8).toInstant(),
                validUntil == null ? null : validUntil.toLocalDate(), superseded == null ? null : superseded.toLocalDate());
    }
}
