package app.uptake.organization.ui;

import app.uptake.organization.EmployeeSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The employee grid as the organisation views show it: lazy, sortable by the server. */
final class EmployeeGrids {

    private EmployeeGrids() {
    }

    static Grid<EmployeeSummary> create(Component owner) {
        Grid<EmployeeSummary> grid = new Grid<>(EmployeeSummary.class, false);
        grid.setId("employee-grid");
        grid.setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        grid.addColumn(EmployeeSummary::fullName).setHeader(owner.getTranslation("employees.col.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(EmployeeSummary::email).setHeader(owner.getTranslation("employees.col.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(e -> owner.getTranslation(e.jobRole().messageKey()))
                .setHeader(owner.getTranslation("employees.col.jobRole")).setSortProperty("jobRole").setAutoWidth(true);
        grid.addColumn(EmployeeSummary::orgUnitName).setHeader(owner.getTranslation("employees.col.orgUnit"))
                .setSortProperty("orgUnit").setAutoWidth(true);
        grid.addColumn(e -> e.managerName() == null ? "" : e.managerName())
                .setHeader(owner.getTranslation("employees.col.manager")).setAutoWidth(true);
        grid.addColumn(e -> dates.format(e.startDate())).setHeader(owner.getTranslation("employees.col.startDate"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.setMultiSort(false);
        return grid;
    }
}
