/**
 * Incentive statements and the files HR hands on: one PDF per employee and run ({@link
 * app.uptake.incentives.statement.StatementPdf}), many of them in a ZIP ({@link
 * app.uptake.incentives.statement.StatementZip}, rendered on a bounded pool by {@link
 * app.uptake.incentives.statement.StatementBatch}), and the payroll export ({@link
 * app.uptake.incentives.statement.PayrollCsv}). Plain Java without database or Spring: runs store and publish
 * statements, these classes only produce the bytes, the same bytes for the same content.
 */
package app.uptake.incentives.statement;
