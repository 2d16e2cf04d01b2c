package app.uptake.organization;

/** The levels of the org tree, from the top: company › division › department › team. */
public enum OrgUnitKind {
    COMPANY,
    DIVISION,
    DEPARTMENT,
    TEAM;

    /** Whether a unit of this kind may sit directly below a unit of kind {@code parent}. */
    public boolean mayBeChildOf(OrgUnitKind parent) {
        return parent != null && parent.ordinal() < ordinal();
    }

    public String messageKey() {
        return "orgUnitKind." + name();
    }
}
