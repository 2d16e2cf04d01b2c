package app.uptake.activity;

/**
 * How the columns of an uploaded file are read: Uptake's own format, a standard Salesforce export, or a
 * column mapping chosen on upload. The formats are documented in docs/activity-format.md.
 */
public enum ImportProfile {
    /** Headers are Uptake's field names (external_id, employee, type, occurred_at, ...). */
    UPTAKE,
    /** A Salesforce Task export with the standard field API names (Id, OwnerId, TaskSubtype, ...). */
    SALESFORCE_TASK,
    /** A Salesforce Event export (Id, OwnerId, ActivityDateTime, DurationInMinutes, ...). */
    SALESFORCE_EVENT,
    /** A Salesforce Opportunity export (Id, OwnerId, Amount, StageName, IsClosed, IsWon, ...). */
    SALESFORCE_OPPORTUNITY,
    /** Any CSV: the user maps Uptake's fields to the file's columns. */
    GENERIC;

    public String messageKey() {
        return "activityImport.profile." + name();
    }
}
