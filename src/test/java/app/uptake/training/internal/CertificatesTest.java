package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.LocalizedText;
import app.uptake.training.CertificateValidity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    @Test
    void codesAreTwelveCrockfordCharactersInThreeGroupsAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = Certificates.newCode();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aTypedCodeIsReadLeniently() {
        assertThat(Certificates.normalise("7k2m 9qxp 4d3h")).contains("7K2M-9QXP-4D3H");
        assertThat(Certificates.normalise(" 7K2M-9QXP-4D3H ")).contains("7K2M-9QXP-4D3H");
        assertThat(Certificates.normalise("OIL0-0000-0000")).contains("0110-0000-0000");
        assertThat(Certificates.normalise("7K2M-9QXP-4D3")).isEmpty();
        assertThat(Certificates.normalise("7K2M-9QXP-4D3U")).isEmpty();
        assertThat(Certificates.normalise("' or 1=1 --")).isEmpty();
        assertThat(Certificates.normalise(null)).isEmpty();
    }

    @Test
    void aCertificateIsValidThroughItsLastDayUnlessSuperseded() {
        LocalDate end = LocalDate.of(2027, 11, 23);
        Certificates.Certificate certificate = new Certificates.Certificate(1, "X", 1, "m", "1.0.0",
                new LocalizedText("m", "m"), Instant.EPOCH, end, null);
        assertThat(certificate.validityOn(end)).isEqualTo(CertificateValidity.VALID);
        assertThat(certificate.validityOn(end.plusDays(1))).isEqualTo(CertificateValidity.EXPIRED);
        Certificates.Certificate superseded = new Certificates.Certificate(1, "X", 1, "m", "1.0.0",
                new LocalizedText("m", "m"), Instant.EPOCH, null, end);
        assertThat(superseded.validityOn(end.minusDays(1))).isEqualTo(CertificateValidity.SUPERSEDED);
        Certificates.Certificate forever = new Certificates.Certificate(1, "X", 1, "m", "1.0.0",
                new LocalizedText("m", "m"), Instant.EPOCH, null, null);
        assertThat(forever.validityOn(LocalDate.of(2100, 1, 1))).isEqualTo(CertificateValidity.VALID);
    }
}
