package app.uptake.incentives.statement;

/** A kept statement PDF, as handed out. */
public record StoredStatement(String statementId, String fileName, byte[] pdf) {
}
