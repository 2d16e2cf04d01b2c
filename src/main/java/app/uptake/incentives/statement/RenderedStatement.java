package app.uptake.incentives.statement;

/**
 * A statement as a PDF.
 *
 * @param pdf             the document's bytes; the same content always gives the same bytes
 * @param sha256          SHA-256 of {@code pdf}, lowercase hex: for storing the file and checking it later
 * @param contentChecksum SHA-256 of the statement's figures as printed in the footer ({@link StatementChecksum});
 *                        unlike {@code sha256} it does not change with the language or the layout
 */
public record RenderedStatement(byte[] pdf, String sha256, String contentChecksum) {
}
