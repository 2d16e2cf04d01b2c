package app.uptake.training;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.internal.CertificatePdf;
import app.uptake.training.internal.Certificates;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training certificates: the learner's own, their PDF, and the public check of a verification code. */
@Service
public class CertificateService {

    private final Certificates certificates;
    private final CurrentUserService users;
    private final VisibilityService visibility;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final I18NProvider texts;
    private final String publicUrl;

    CertificateService(Certificates certificates, CurrentUserService users, VisibilityService visibility,
            EmployeeDirectory directory, CompanyCalendar calendar, I18NProvider texts,
            @Value("${uptake.public-url:http://localhost:8080}") String publicUrl) {
        this.certificates = certificates;
        this.users = users;
        this.visibility = visibility;
        this.directory = directory;
        this.calendar = calendar;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The caller's certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCertificate> mine(Locale locale) {
        LocalDate today = calendar.today();
        return certificates.of(users.require().employeeId()).stream()
                .map(c -> new MyCertificate(c.code(), c.moduleId(), c.title().in(locale), c.version(),
                        calendar.dayOf(c.issuedAt()), c.validUntil(), c.validityOn(today)))
                .toList();
    }

    /**
     * The certificate as a PDF in the locale's language, for its holder, their management line, HR and admins.
     *
     * @throws AccessDeniedException for anybody else, and for an unknown code, so codes cannot be probed here
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(String code, Locale locale) {
        CurrentUser me = users.require();
        Certificates.Certificate certificate = Certificates.normalise(code).flatMap(certificates::byCode)
                .filter(c -> visibility.maySee(me, c.employeeId(), ScopePurpose.INDIVIDUAL))
                .orElseThrow(() -> new AccessDeniedException("Certificate " + code + " is not the caller's to see"));
        String holder = directory.names(Set.of(certificate.employeeId())).get(certificate.employeeId());
        return CertificatePdf.render(new CertificatePdf.Content(holder, certificate.title().in(locale),
                certificate.version(), calendar.dayOf(certificate.issuedAt()), certificate.validUntil(),
                certificate.code(), verifyUrl(certificate.code()), calendar.now(), calendar.zone()), locale,
                (key, args) -> texts.getTranslation(key, locale, args));
    }

    /** The file name a downloaded certificate gets. */
    public static String fileName(String code) {
        return "uptake-certificate-" + code + ".pdf";
    }

    /** Checks a verification code; open to anybody, and says nothing about the holder. */
    @Transactional(readOnly = true)
    public Optional<CertificateCheck> verify(String code) {
        LocalDate today = calendar.today();
        return Certificates.normalise(code).flatMap(certificates::byCode)
                .map(c -> new CertificateCheck(c.validityOn(today), c.title(), calendar.dayOf(c.issuedAt()), c.validUntil()));
    }

    /** The public page that checks the code. */
    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }
}
