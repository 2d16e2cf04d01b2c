package app.uptake.organization.ui;

import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** All employees for HR and the program office: filter, sort, open the form, import a CSV. */
@Route("admin/employees")
@RolesAllowed({"ADMIN", "HR"})
@Menu(order = 50, title = "nav.employees", icon = "vaadin:users")
public class EmployeesView extends VerticalLayout implements HasDynamicTitle {

    private EmployeeFilter filter = EmployeeFilter.none();
    private final Grid<EmployeeSummary> grid;

    public EmployeesView(EmployeeService employees, OrganizationService organization) {
        setId("employees");
        setSizeFull();
        addClassName("uptake-page");

        grid = EmployeeGrids.create(this);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(page -> employees.list(filter, page), page -> employees.count(filter));
        grid.addItemClickListener(e -> navigate("admin/employees/edit/" + e.getItem().id()));

        TextField search = new TextField();
        search.setId("employee-search");
        search.setPlaceholder(getTranslation("employees.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> apply(filter.withText(e.getValue())));

        ComboBox<OrgUnit> unit = new ComboBox<>();
        unit.setId("employee-unit-filter");
        unit.setPlaceholder(getTranslation("employees.filter.orgUnit"));
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setItems(query -> organization.searchOpen(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> apply(filter.withOrgUnit(e.getValue() == null ? null : e.getValue().id())));

        ComboBox<JobRole> jobRole = new ComboBox<>();
        jobRole.setId("employee-role-filter");
        jobRole.setPlaceholder(getTranslation("employees.filter.jobRole"));
        jobRole.setItems(JobRole.values());
        jobRole.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        jobRole.setClearButtonVisible(true);
        jobRole.addValueChangeListener(e -> apply(filter.withJobRole(e.getValue())));

        Checkbox leavers = new Checkbox(getTranslation("employees.filter.leavers"));
        leavers.addValueChangeListener(e -> apply(filter.withLeavers(e.getValue())));

        Button add = new Button(getTranslation("employees.new"), VaadinIcon.PLUS.create(),
                e -> navigate("admin/employees/edit"));
        add.setId("new-employee");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("employees.import"), VaadinIcon.UPLOAD.create(),
                e -> navigate("admin/employees/import"));
        importCsv.setId("import-employees");

        HorizontalLayout toolbar = new HorizontalLayout(search, unit, jobRole, leavers, add, importCsv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        add(toolbar, grid);
    }

    private void apply(EmployeeFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employees.title");
    }
}
