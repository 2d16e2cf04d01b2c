package app.uptake.incentives.statement;

import java.util.Objects;

/**
 * Who a statement is for, as printed on it and in the payroll export.
 *
 * @param id         the employee's id as payroll knows it
 * @param name       full name, in any script the embedded font covers ("Łukasz Dvořák")
 * @param costCentre the cost centre or org unit the payout is booked to; empty when there is none
 */
public record StatementEmployee(String id, String name, String costCentre) {

    public StatementEmployee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        costCentre = costCentre == null ? "" : costCentre;
    }
}
