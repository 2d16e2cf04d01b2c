package app.uptake.training;

/**
 * What the training compliance matrix is narrowed to. All parts are optional (null = no restriction).
 *
 * @param orgUnitId the unit; people in it and in every unit below it
 * @param moduleId  one module: the matrix shows only its column, and {@code state} applies to it alone
 * @param state     people with at least one shown cell in this state
 * @param text      part of the person's name, any case
 */
public record ComplianceFilter(Long orgUnitId, String moduleId, ComplianceState state, String text) {

    public static ComplianceFilter none() {
        return new ComplianceFilter(null, null, null, null);
    }

    public ComplianceFilter withOrgUnit(Long newOrgUnitId) {
        return new ComplianceFilter(newOrgUnitId, moduleId, state, text);
    }

    public ComplianceFilter withModule(String newModuleId) {
        return new ComplianceFilter(orgUnitId, newModuleId, state, text);
    }

    public ComplianceFilter withState(ComplianceState newState) {
        return new ComplianceFilter(orgUnitId, moduleId, newState, text);
    }

    public ComplianceFilter withText(String newText) {
        return new ComplianceFilter(orgUnitId, moduleId, state, newText);
    }
}
