package app.uptake.training;

/** Whether a certificate still stands. */
public enum CertificateValidity {
    VALID,
    /** Its recertification period has run out. */
    EXPIRED,
    /** A new major version of the module asked the holder to complete it again. */
    SUPERSEDED;

    public String messageKey() {
        return "training.certificate.validity." + name();
    }
}
