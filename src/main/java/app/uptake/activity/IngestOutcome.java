package app.uptake.activity;

/** What became of one delivered event. */
public enum IngestOutcome {
    /** New: stored. */
    ACCEPTED,
    /** A higher revision of a stored event: replaced it. */
    CORRECTED,
    /** Already stored in this revision (or sent twice in the batch): nothing changed. */
    DUPLICATE,
    /** An older revision than the stored one: nothing changed. */
    STALE,
    /** Refused; the reason is reported and kept with the import run. */
    REJECTED
}
