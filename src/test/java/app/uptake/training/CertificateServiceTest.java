package app.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CertificateServiceTest extends UiTest {

    private static final String MODULE = "customer-data-protection";

    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuizFixture fixture;
    private long employee;
    private String firstName;

    @BeforeEach
    void passAsTheEmployee() {
        employee = fixture.employeeId(DemoLogins.EMPLOYEE);
        firstName = jdbc.queryForObject("select first_name from employee where id = ?", String.class, employee);
        fixture.reset(employee, MODULE);
        signInAs(DemoLogins.EMPLOYEE);
    }

    @AfterEach
    void cleanUp() {
        fixture.reset(employee, MODULE);
        jdbc.update("update employee set first_name = ? where id = ?", firstName, employee);
    }

    @Test
    void theCertificatePdfNamesPersonModuleVersionDateAndCodeInAnEmbeddedUnicodeFont() throws Exception {
        jdbc.update("update employee set first_name = ? where id = ?", "Łukasz Jörg", employee);
        String code = fixture.pass(MODULE);
        String lastName = jdbc.queryForObject("select last_name from employee where id = ?", String.class, employee);

        byte[] pdf = certificates.pdf(code, Locale.GERMAN);
        // kept for looking at, like the journeys' screenshots
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/certificate-de.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
            assertThat(text).contains("Teilnahmezertifikat", "Łukasz Jörg " + lastName,
                    "Kundendaten", "Version " + fixture.module(MODULE).version(),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN).format(today),
                    "Prüfcode: " + code, "/verify/" + code,
                    // recertification every 12 months
                    "Gültig bis " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN)
                            .format(today.plusMonths(12)));
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(certificates.pdf(code, Locale.ENGLISH))))
                .contains("Certificate of completion", "Verification code: " + code);
    }

    @Test
    void theHolderTheirLineAndHrMayDownloadItOthersMayNot() {
        String code = fixture.pass(MODULE);
        assertThat(certificates.mine(Locale.ENGLISH)).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> {
                    assertThat(c.validity()).isEqualTo(CertificateValidity.VALID);
                    assertThat(c.validUntil()).isEqualTo(c.issuedOn().plusMonths(12));
                });
        signInAs(DemoLogins.MANAGER);
        assertThat(certificates.pdf(code, Locale.ENGLISH)).startsWith("%PDF".getBytes());
        assertThat(certificates.mine(Locale.ENGLISH)).noneMatch(c -> c.code().equals(code));
        signInAs(DemoLogins.HR);
        assertThat(certificates.pdf(code.toLowerCase(Locale.ROOT), Locale.ENGLISH)).startsWith("%PDF".getBytes());

        long manager = fixture.employeeId(DemoLogins.MANAGER);
        // somebody outside the holder's line: the employee asking for the manager's certificate
        fixture.reset(manager, MODULE);
        signInAs(DemoLogins.MANAGER);
        String managersCode = fixture.pass(MODULE);
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> certificates.pdf(managersCode, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.pdf("0000-0000-0000", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        fixture.reset(manager, MODULE);
    }

    @Test
    void thePublicCheckShowsValidityModuleAndDateOnly() {
        String code = fixture.pass(MODULE);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        CertificateCheck check = certificates.verify(code.replace("-", " ").toLowerCase(Locale.ROOT)).orElseThrow();
        assertThat(check.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(check.moduleTitle().en()).isEqualTo(fixture.module(MODULE).title().en());
        assertThat(check.validUntil()).isEqualTo(check.issuedOn().plusMonths(12));
        assertThat(List.of(CertificateCheck.class.getRecordComponents())).extracting(c -> c.getName())
                .containsExactly("validity", "moduleTitle", "issuedOn", "validUntil");
        assertThat(certificates.verify("0000-0000-0000")).isEmpty();
        assertThat(certificates.verify("nonsense")).isEmpty();

        jdbc.update("update training_certificate set valid_until = ? where code = ?", LocalDate.now().minusDays(2), code);
        assertThat(certificates.verify(code).orElseThrow().validity()).isEqualTo(CertificateValidity.EXPIRED);
        jdbc.update("update training_certificate set superseded_on = ? where code = ?", LocalDate.now(), code);
        assertThat(certificates.verify(code).orElseThrow().validity()).isEqualTo(CertificateValidity.SUPERSEDED);
    }
}
