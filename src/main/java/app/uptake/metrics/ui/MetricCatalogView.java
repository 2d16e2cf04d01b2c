package app.uptake.metrics.ui;

import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;

/**
 * The metric catalog, readable by everybody (a target is only understood when its metric is): name, meaning,
 * measurement method, unit, direction and segment. The program office adds metrics here.
 */
@Route("metrics/catalog")
@PermitAll
@Menu(order = 21, title = "nav.metricCatalog", icon = "vaadin:book")
public class MetricCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final MetricService metrics;
    private final Grid<MetricDefinition> grid = new Grid<>();

    public MetricCatalogView(MetricService metrics, CurrentUserService currentUser) {
        this.metrics = metrics;
        setId("metric-catalog");
        addClassName("uptake-page");
        add(new H2(getTranslation("metrics.catalog.title")), new Paragraph(getTranslation("metrics.catalog.intro")));
        if (currentUser.require().hasRole(Role.ADMIN)) {
            Button add = new Button(getTranslation("metrics.catalog.add"),
                    click -> new MetricFormDialog(metrics, saved -> refresh()).open());
            add.setId("add-metric");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        grid.setId("metric-grid");
        grid.addColumn(m -> m.name().in(getLocale())).setHeader(getTranslation("metrics.catalog.name")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(m -> getTranslation(m.segment().messageKey())).setHeader(getTranslation("metrics.catalog.segment"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(m -> getTranslation(m.unit().messageKey())).setHeader(getTranslation("metrics.catalog.unit"));
        grid.addColumn(m -> getTranslation(m.direction().messageKey())).setHeader(getTranslation("metrics.catalog.direction"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.builtIn() ? "metrics.catalog.builtIn" : "metrics.catalog.custom"))
                .setHeader(getTranslation("metrics.catalog.origin")).setFlexGrow(2);
        grid.addColumn(MetricDefinition::code).setHeader(getTranslation("metrics.catalog.code")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            VerticalLayout details = new VerticalLayout(new Paragraph(m.description().in(getLocale())),
                    new Paragraph(getTranslation("metrics.definition.method") + ": " + m.method().in(getLocale())));
            details.setPadding(false);
            return details;
        }));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("metrics.catalog.title");
    }

    private void refresh() {
        // the catalog is a few dozen definitions, not a table that grows with activity
        grid.setItems(metrics.catalog().stream()
                .sorted(Comparator.comparing((MetricDefinition m) -> m.segment()).thenComparing(m -> m.name().in(getLocale())))
                .toList());
    }
}
