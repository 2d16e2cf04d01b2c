package app.uptake.organization.ui;

import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A manager's reporting line: everybody below them, at any depth. */
@Route("team")
@RolesAllowed("MANAGER")
@Menu(order = 10, title = "nav.team", icon = "vaadin:group")
public class MyTeamView extends VerticalLayout implements HasDynamicTitle {

    private EmployeeFilter filter = EmployeeFilter.myReportingLine();

    public MyTeamView(EmployeeService employees) {
        setId("my-team");
        setSizeFull();
        addClassName("uptake-page");

        Grid<EmployeeSummary> grid = EmployeeGrids.create(this);
        grid.setItemsPageable(page -> employees.list(filter, page), page -> employees.count(filter));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));

        TextField search = new TextField();
        search.setId("team-search");
        search.setPlaceholder(getTranslation("employees.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            filter = filter.withText(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
