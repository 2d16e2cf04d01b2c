package app.uptake.training.ui;

import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.ComplianceCell;
import app.uptake.training.ComplianceCsvLabels;
import app.uptake.training.ComplianceFilter;
import app.uptake.training.ComplianceModule;
import app.uptake.training.ComplianceRow;
import app.uptake.training.ComplianceState;
import app.uptake.training.CompletionRates;
import app.uptake.training.TrainingAssignmentService;
import app.uptake.training.TrainingComplianceService;
import app.uptake.training.UnitCompletion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Training compliance for managers (their reporting line), HR and the program office (everybody): current people ×
 * live modules with each cell's status and due date, filters, completion per org unit, CSV export, and assigning a
 * module to the people chosen. The matrix loads page by page from the server.
 */
@Route("training/compliance")
@RolesAllowed({"MANAGER", "HR", "ADMIN"})
@Menu(order = 31, title = "compliance.nav", icon = "vaadin:table")
public class TrainingComplianceView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingComplianceService compliance;
    private final List<ComplianceModule> modules;
    private final Grid<ComplianceRow> grid = new Grid<>();
    private final Span count = new Span();
    private final Grid<UnitCompletion> rates = new Grid<>();
    private final Paragraph rateTotal = new Paragraph();
    private final Button assign = new Button();
    private final DateTimeFormatter dates;
    private final NumberFormat percent;
    private ComplianceFilter filter = ComplianceFilter.none();

    public TrainingComplianceView(TrainingComplianceService compliance, TrainingAssignmentService assignments,
            OrganizationService organization, CompanyCalendar calendar) {
        this.compliance = compliance;
        Locale locale = getLocale();
        this.modules = compliance.modules(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        setId("training-compliance");
        addClassName("uptake-page");
        setSizeFull();

        TextField search = new TextField();
        search.setId("compliance-search");
        search.setPlaceholder(getTranslation("compliance.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> apply(filter.withText(e.getValue())));

        ComboBox<OrgUnit> unit = new ComboBox<>();
        unit.setId("compliance-unit");
        unit.setPlaceholder(getTranslation("compliance.filter.orgUnit"));
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setItems(query -> organization.searchOpen(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> apply(filter.withOrgUnit(e.getValue() == null ? null : e.getValue().id())));

        ComboBox<ComplianceModule> module = new ComboBox<>();
        module.setId("compliance-module");
        module.setPlaceholder(getTranslation("compliance.filter.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title().in(locale));
        module.setClearButtonVisible(true);
        module.addValueChangeListener(e -> {
            String id = e.getValue() == null ? null : e.getValue().moduleId();
            grid.getColumns().stream().filter(c -> c.getKey() != null && c.getKey().startsWith("module-"))
                    .forEach(c -> c.setVisible(id == null || c.getKey().equals("module-" + id)));
            apply(filter.withModule(id));
        });

        ComboBox<ComplianceState> state = new ComboBox<>();
        state.setId("compliance-state");
        state.setPlaceholder(getTranslation("compliance.filter.state"));
        state.setItems(ComplianceState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> apply(filter.withState(e.getValue())));

        assign.setText(getTranslation("compliance.assign.open"));
        assign.setIcon(VaadinIcon.PLUS.create());
        assign.setId("compliance-assign");
        assign.setEnabled(false);
        assign.addClickListener(click -> new AssignModuleDialog(assignments, modules,
                grid.getSelectedItems().stream().map(ComplianceRow::employeeId).collect(Collectors.toSet()),
                calendar.today(), this::assigned).open());

        Anchor export = new Anchor();
        export.setHref(csv(locale));
        export.setText(getTranslation("compliance.export"));
        export.setId("compliance-export");

        HorizontalLayout toolbar = new HorizontalLayout(search, unit, module, state, assign, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        count.setId("compliance-count");

        configureGrid(locale);
        configureRates();
        H3 ratesTitle = new H3(getTranslation("compliance.rates.title"));
        Div ratesBox = new Div(ratesTitle, rateTotal, rates);
        ratesBox.setWidthFull();
        add(new H2(getTranslation("compliance.title")), new Paragraph(getTranslation("compliance.intro")), toolbar,
                count, grid, ratesBox);
        refreshSums();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.title");
    }

    private void configureGrid(Locale locale) {
        grid.setId("compliance-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMinHeight("20rem");
        grid.addColumn(ComplianceRow::name).setKey("name").setHeader(getTranslation("compliance.col.name"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setResizable(true);
        grid.addColumn(ComplianceRow::orgUnitName).setKey("orgUnit").setHeader(getTranslation("compliance.col.orgUnit"))
                .setAutoWidth(true).setFlexGrow(0).setResizable(true);
        for (ComplianceModule module : modules) {
            String id = module.moduleId();
            grid.addColumn(LitRenderer.<ComplianceRow>of(
                    "<span theme=\"${item.theme}\" title=\"${item.tip}\">${item.text}</span>")
                    .withProperty("text", row -> cellText(row.cell(id)))
                    .withProperty("theme", row -> theme(row.cell(id).state()))
                    .withProperty("tip", row -> tooltip(row.cell(id))))
                    .setKey("module-" + id).setHeader(module.title().in(locale)).setWidth("9rem").setFlexGrow(1)
                    .setResizable(true);
        }
        grid.setItemsPageable(page -> compliance.page(filter, page.getOffset(), page.getPageSize()),
                page -> compliance.count(filter));
        // rows are people: keep them chosen while their cells change
        grid.getLazyDataView().setIdentifierProvider(ComplianceRow::employeeId);
        grid.addSelectionListener(e -> assign.setEnabled(!e.getAllSelectedItems().isEmpty()));
    }

    private void configureRates() {
        rates.setId("compliance-rates");
        rates.addColumn(u -> u.direct() ? getTranslation("compliance.rates.direct", u.name()) : u.name())
                .setHeader(getTranslation("compliance.rates.unit")).setFlexGrow(2);
        rates.addComponentColumn(u -> {
            ProgressBar bar = new ProgressBar(0, 100, u.ratePercent() == null ? 0 : u.ratePercent().doubleValue());
            bar.setWidth("10rem");
            return bar;
        }).setHeader(getTranslation("compliance.rates.rate")).setFlexGrow(1);
        rates.addColumn(u -> rate(u.ratePercent())).setKey("rate").setAutoWidth(true).setFlexGrow(0);
        rates.addColumn(u -> getTranslation("compliance.rates.ofAssigned", u.completed(), u.assigned()))
                .setKey("completed").setHeader(getTranslation("compliance.rates.completed")).setAutoWidth(true).setFlexGrow(0);
        rates.addColumn(UnitCompletion::overdue).setKey("overdue").setHeader(getTranslation("compliance.rates.overdue"))
                .setAutoWidth(true).setFlexGrow(0);
        rates.setAllRowsVisible(true);
        rateTotal.setId("compliance-rate-total");
        rates.getElement().setAttribute("aria-label", getTranslation("compliance.rates.title"));
    }

    private String rate(BigDecimal value) {
        return value == null ? "–" : percent.format(value) + " %";
    }

    private void apply(ComplianceFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
        refreshSums();
    }

    private void assigned() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        refreshSums();
    }

    private void refreshSums() {
        count.setText(getTranslation("compliance.count", compliance.count(filter)));
        CompletionRates completion = compliance.completionByUnit(filter);
        rates.setItems(completion.units());
        rateTotal.setText(completion.assigned() == 0 ? getTranslation("compliance.rates.none")
                : getTranslation("compliance.rates.total", rate(completion.ratePercent()),
                        completion.completed(), completion.assigned()));
    }

    private String cellText(ComplianceCell cell) {
        return cell.state() == ComplianceState.NOT_ASSIGNED ? "–" : getTranslation(cell.state().messageKey());
    }

    /** Lumo badge colours: completed green, in progress blue, not started grey, overdue red, not assigned plain. */
    static String theme(ComplianceState state) {
        return switch (state) {
            case COMPLETED -> "badge success";
            case IN_PROGRESS -> "badge";
            case NOT_STARTED -> "badge contrast";
            case OVERDUE -> "badge error primary";
            case NOT_ASSIGNED -> "";
        };
    }

    private String tooltip(ComplianceCell cell) {
        if (cell.dueOn() == null) {
            return getTranslation("compliance.cell.notAssigned");
        }
        String due = getTranslation("compliance.cell.due", dates.format(cell.dueOn()));
        return cell.completedOn() == null ? due
                : getTranslation("compliance.cell.completed", dates.format(cell.completedOn())) + " · " + due;
    }

    /** The filtered matrix as it is when the link is followed, streamed from the database. */
    private DownloadHandler csv(Locale locale) {
        Map<ComplianceState, String> states = new EnumMap<>(ComplianceState.class);
        for (ComplianceState s : ComplianceState.values()) {
            states.put(s, getTranslation(s.messageKey()));
        }
        ComplianceCsvLabels labels = new ComplianceCsvLabels(getTranslation("compliance.col.name"),
                getTranslation("compliance.col.orgUnit"), getTranslation("compliance.csv.dueOn"), states);
        return event -> {
            event.setFileName("training-compliance.csv");
            event.setContentType("text/csv; charset=UTF-8");
            compliance.exportCsv(filter, locale, labels, event.getOutputStream());
        };
    }
}
