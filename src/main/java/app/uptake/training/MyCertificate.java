package app.uptake.training;

import java.time.LocalDate;

/** A certificate of the signed-in learner. @param title the module title in the learner's language */
public record MyCertificate(String code, String moduleId, String title, String version, LocalDate issuedOn,
        LocalDate validUntil, CertificateValidity validity) {
}
