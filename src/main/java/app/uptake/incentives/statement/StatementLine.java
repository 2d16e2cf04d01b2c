package app.uptake.incentives.statement;

import app.uptake.shared.LocalizedText;

/**
 * A line of a statement that an employee can ask about: a component (with its name), or one of the fixed lines
 * {@link Inquiry#GATES}, {@link Inquiry#ADJUSTMENTS} and {@link Inquiry#TOTAL} (without a name: views translate them).
 */
public record StatementLine(String code, LocalizedText componentName) {

    public boolean isComponent() {
        return componentName != null;
    }
}
