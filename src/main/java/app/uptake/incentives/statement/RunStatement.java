package app.uptake.incentives.statement;

import java.util.Objects;

/** The content of one employee's statement in a published run; the employee id is the database id. */
public record RunStatement(long employeeId, StatementContent content) {

    public RunStatement {
        Objects.requireNonNull(content, "content");
    }
}
