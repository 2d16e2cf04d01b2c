package app.uptake.training;

import app.uptake.shared.LocalizedText;

/** A live module as a column of the compliance matrix and a choice in the assignment dialog. */
public record ComplianceModule(String moduleId, LocalizedText title, boolean mandatory) {
}
