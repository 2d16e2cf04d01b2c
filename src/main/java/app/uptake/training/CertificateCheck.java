package app.uptake.training;

import app.uptake.shared.LocalizedText;
import java.time.LocalDate;

/**
 * What the public verification page may say about a certificate: whether it is valid, for which module and since
 * when. Deliberately nothing about the person.
 *
 * @param validUntil null when the module asks for no recertification
 */
public record CertificateCheck(CertificateValidity validity, LocalizedText moduleTitle, LocalDate issuedOn,
        LocalDate validUntil) {
}
