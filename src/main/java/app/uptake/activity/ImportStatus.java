package app.uptake.activity;

/** Where an import run stands. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }

    public String messageKey() {
        return "importStatus." + name();
    }
}
