package app.uptake.metrics.ui;

import app.uptake.metrics.BreakdownRow;
import app.uptake.metrics.Granularity;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.MetricValue;
import app.uptake.metrics.PeriodPreset;
import app.uptake.metrics.TrendPoint;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.DateRange;
import app.uptake.shared.ui.Chart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;

/**
 * Pick a metric, a period and whose figures (me, my team, any unit for those who see all), and see the value,
 * its trend, the breakdown one level down and the definition beside it. Everything is read through
 * {@link MetricService}, which enforces who may see what.
 */
@Route("metrics")
@PermitAll
@Menu(order = 20, title = "nav.metrics", icon = "vaadin:chart-line")
public class MetricExplorerView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Whose figures the explorer shows. */
    enum Scope { ME, TEAM, UNIT }

    private final MetricService metrics;
    private final OrganizationService organization;
    private final CurrentUser user;

    private final ComboBox<MetricDefinition> metric = new ComboBox<>();
    private final Select<PeriodPreset> period = new Select<>();
    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div valueCard = new Div();
    private final Div chartHolder = new Div();
    private final Grid<BreakdownRow> breakdown = new Grid<>();
    private final H3 breakdownTitle = new H3();
    private final VerticalLayout definition = new VerticalLayout();

    public MetricExplorerView(MetricService metrics, OrganizationService organization, CurrentUserService currentUser) {
        this.metrics = metrics;
        this.organization = organization;
        this.user = currentUser.require();
        setId("metric-explorer");
        addClassName("uptake-page");
        add(new H2(getTranslation("metrics.explorer.title")));

        List<MetricDefinition> catalog = new ArrayList<>(metrics.catalog());
        catalog.sort(Comparator.comparing(m -> name(m)));
        metric.setId("metric");
        metric.setLabel(getTranslation("metrics.explorer.metric"));
        metric.setItems(catalog);
        metric.setItemLabelGenerator(this::name);
        metric.setWidth("22rem");
        catalog.stream().filter(m -> m.code().equals("ACTIVITIES_PER_WEEK")).findFirst()
                .or(() -> catalog.stream().findFirst()).ifPresent(metric::setValue);

        period.setId("period");
        period.setLabel(getTranslation("metrics.explorer.period"));
        period.setItems(PeriodPreset.values());
        // no preset chosen means a custom period between the two dates
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("period.CUSTOM"));
        period.setItemLabelGenerator(p -> p == null ? getTranslation("period.CUSTOM") : getTranslation(p.messageKey()));
        period.setValue(PeriodPreset.LAST_12_MONTHS);
        from.setId("period-from");
        from.setLabel(getTranslation("metrics.explorer.from"));
        to.setId("period-to");
        to.setLabel(getTranslation("metrics.explorer.to"));
        DateRange initial = PeriodPreset.LAST_12_MONTHS.range(metrics.today());
        from.setValue(initial.from());
        to.setValue(initial.to());
        from.setVisible(false);
        to.setVisible(false);

        scope.setId("scope");
        scope.setLabel(getTranslation("metrics.explorer.whose"));
        List<Scope> scopes = new ArrayList<>(List.of(Scope.ME));
        if (user.hasRole(app.uptake.organization.Role.MANAGER)) {
            scopes.add(Scope.TEAM);
        }
        boolean anyUnit = metrics.mayViewAnyUnit();
        if (anyUnit) {
            scopes.add(Scope.UNIT);
        }
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> getTranslation("metrics.explorer.scope." + s.name()));
        scope.setValue(anyUnit ? Scope.UNIT : scopes.getLast());

        unit.setId("unit");
        unit.setLabel(getTranslation("metrics.explorer.unit"));
        unit.setItems(query -> organization.searchOpen(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("20rem");
        unit.setVisible(anyUnit);
        if (anyUnit) {
            organization.children(null).stream().findFirst().ifPresent(unit::setValue);
        }

        HorizontalLayout controls = new HorizontalLayout(metric, period, from, to, scope, unit);
        controls.setAlignItems(Alignment.BASELINE);
        controls.setWrap(true);
        add(controls);

        valueCard.setId("metric-value");
        valueCard.addClassName("uptake-card");
        chartHolder.setWidthFull();
        FlexLayout top = new FlexLayout(valueCard, chartHolder);
        top.addClassName("uptake-cards");
        top.setWidthFull();
        chartHolder.getStyle().set("flex", "3 1 30rem");
        valueCard.getStyle().set("flex", "1 1 14rem");
        add(top);

        breakdown.setId("breakdown");
        breakdown.addColumn(BreakdownRow::label).setHeader(getTranslation("metrics.explorer.part")).setFlexGrow(3);
        breakdown.addColumn(BreakdownRow::people).setHeader(getTranslation("metrics.explorer.people")).setFlexGrow(1);
        breakdown.addColumn(row -> format(row.value())).setHeader(getTranslation("metrics.explorer.value")).setFlexGrow(1)
                .setComparator(row -> row.value().value() == null ? BigDecimal.valueOf(Long.MIN_VALUE) : row.value().value());
        breakdown.setAllRowsVisible(true);
        breakdown.addItemClickListener(click -> drillDown(click.getItem().subject()));
        definition.setId("metric-definition");
        definition.addClassName("uptake-card");
        definition.setPadding(true);
        FlexLayout bottom = new FlexLayout(new VerticalLayout(breakdownTitle, breakdown), definition);
        bottom.addClassName("uptake-cards");
        bottom.setWidthFull();
        add(bottom);

        metric.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> {
            from.setVisible(e.getValue() == null);
            to.setVisible(e.getValue() == null);
            if (e.getValue() != null) {
                DateRange range = e.getValue().range(metrics.today());
                from.setValue(range.from());
                to.setValue(range.to());
            }
            refresh();
        });
        from.addValueChangeListener(e -> refreshIfCustom());
        to.addValueChangeListener(e -> refreshIfCustom());
        scope.addValueChangeListener(e -> {
            unit.setVisible(e.getValue() == Scope.UNIT);
            refresh();
        });
        unit.addValueChangeListener(e -> refresh());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("metrics.explorer.title");
    }

    /**
     * Links may preselect what to show: {@code ?metric=WIN_RATE&period=LAST_QUARTER&unit=SALES} or a custom
     * period with {@code from=2026-01-01&to=2026-03-31}.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, "metric").flatMap(code -> metrics.catalog().stream().filter(m -> m.code().equals(code)).findFirst())
                .ifPresent(metric::setValue);
        first(query, "unit").filter(u -> unit.isVisible()).flatMap(organization::findByCode).ifPresent(unit::setValue);
        first(query, "period").flatMap(p -> java.util.Arrays.stream(PeriodPreset.values()).filter(v -> v.name().equals(p))
                .findFirst()).ifPresent(period::setValue);
        Optional<LocalDate> fromDate = first(query, "from").flatMap(MetricExplorerView::date);
        Optional<LocalDate> toDate = first(query, "to").flatMap(MetricExplorerView::date);
        if (fromDate.isPresent() && toDate.isPresent() && !toDate.get().isBefore(fromDate.get())) {
            period.setValue(null);
            from.setValue(fromDate.get());
            to.setValue(toDate.get());
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).flatMap(values -> values.stream().findFirst());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refreshIfCustom() {
        if (period.getValue() == null) {
            refresh();
        }
    }

    private DateRange selectedRange() {
        if (period.getValue() != null) {
            return period.getValue().range(metrics.today());
        }
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return null;
        }
        return new DateRange(from.getValue(), to.getValue());
    }

    private MetricSubject subject() {
        return switch (scope.getValue() == null ? Scope.ME : scope.getValue()) {
            case ME -> new MetricSubject.Employee(user.employeeId());
            case TEAM -> new MetricSubject.Team(user.employeeId());
            case UNIT -> unit.getValue() == null ? new MetricSubject.Employee(user.employeeId())
                    : new MetricSubject.OrgUnit(unit.getValue().id());
        };
    }

    private void drillDown(MetricSubject target) {
        if (target instanceof MetricSubject.OrgUnit u) {
            organization.find(u.orgUnitId()).ifPresent(unit::setValue);
        }
    }

    private void refresh() {
        MetricDefinition selected = metric.getValue();
        DateRange range = selectedRange();
        if (selected == null || range == null) {
            return;
        }
        if (range.from().isAfter(metrics.today())) {
            from.setInvalid(true);
            from.setErrorMessage(getTranslation("metrics.error.futurePeriod"));
            return;
        }
        from.setInvalid(false);
        MetricSubject subject = subject();
        MetricValue value = metrics.value(selected.code(), subject, range);
        showValue(selected, value);
        showTrend(selected, metrics.trend(selected.code(), subject, range, PeriodPreset.granularityFor(range)),
                PeriodPreset.granularityFor(range));
        List<BreakdownRow> rows = metrics.breakdown(selected.code(), subject, range);
        breakdownTitle.setText(getTranslation(subject instanceof MetricSubject.OrgUnit && rows.stream()
                .anyMatch(r -> r.subject() instanceof MetricSubject.OrgUnit) ? "metrics.explorer.byUnit" : "metrics.explorer.byPerson"));
        breakdown.setItems(rows);
        breakdown.setVisible(!rows.isEmpty());
        breakdownTitle.setVisible(!rows.isEmpty());
        showDefinition(selected);
    }

    private void showValue(MetricDefinition selected, MetricValue value) {
        valueCard.removeAll();
        Span big = new Span(format(value));
        big.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600")
                .set("color", "var(--lumo-primary-text-color)");
        big.setId("metric-value-number");
        valueCard.add(new H3(name(selected)), big, new Span(" " + getTranslation(selected.unit().messageKey())));
        if (value.hasValue()) {
            valueCard.add(new Paragraph(getTranslation("metrics.explorer.fraction", number(value.numerator(), 2),
                    number(value.denominator(), 2))));
        } else {
            valueCard.add(new Paragraph(getTranslation("metrics.explorer.noData")));
        }
    }

    private void showTrend(MetricDefinition selected, List<TrendPoint> points, Granularity granularity) {
        DateTimeFormatter labels = granularity == Granularity.MONTH ? DateTimeFormatter.ofPattern("MMM yy", locale())
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale());
        List<String> x = new ArrayList<>();
        List<BigDecimal> y = new ArrayList<>();
        for (TrendPoint point : points) {
            x.add(point.bucket().from().format(labels));
            y.add(point.value().rounded(selected.unit()));
        }
        Chart chart = Chart.line(x, y, name(selected));
        chart.setId("metric-trend");
        chart.setHeight("260px");
        chartHolder.removeAll();
        chartHolder.add(chart);
    }

    private void showDefinition(MetricDefinition m) {
        definition.removeAll();
        definition.add(new H3(getTranslation("metrics.explorer.definition")),
                new Paragraph(m.description().in(locale())),
                labelled("metrics.definition.method", m.method().in(locale())),
                labelled("metrics.definition.unit", getTranslation(m.unit().messageKey())),
                labelled("metrics.definition.direction", getTranslation(m.direction().messageKey())),
                labelled("metrics.definition.segment", getTranslation(m.segment().messageKey())),
                labelled("metrics.definition.owner", m.owner()),
                labelled("metrics.definition.version", getTranslation("metrics.definition.versionText", m.version(),
                        m.validFrom().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())))));
    }

    private Component labelled(String key, String text) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        p.add(label, new Span(text));
        return p;
    }

    private String format(MetricValue value) {
        MetricDefinition selected = metric.getValue();
        return value.hasValue() && selected != null ? number(value.rounded(selected.unit()), selected.unit().decimals()) : "–";
    }

    private String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    private String name(MetricDefinition m) {
        return m.name().in(locale());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }
}
