package app.uptake.organization;

/** Why employees are being looked at: named individual figures, or figures aggregated over groups. */
public enum ScopePurpose {
    /** Figures about a named person: only the person, their management line, HR and admins. */
    INDIVIDUAL,
    /** Figures summed over a group of people, as on an executive dashboard. */
    AGGREGATE
}
