package app.uptake.organization;

import java.time.LocalDate;

/** A unit of the org tree as shown to users; {@code headcount} counts the active employees of its whole subtree. */
public record OrgUnit(long id, String code, String name, OrgUnitKind kind, Long parentId, LocalDate closedOn,
        boolean hasChildren, long headcount) {

    public boolean isClosed() {
        return closedOn != null;
    }
}
