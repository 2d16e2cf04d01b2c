package app.uptake.goals.ui;

import app.uptake.goals.MetricNature;
import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.ProgressPoint;
import app.uptake.metrics.MetricUnit;
import app.uptake.shared.ui.Chart;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A target's progress as the goal page and My targets show it: actual to date, expected to date, forecast to the
 * period's end, attainment of the expected and of the target, status, the day it is measured on and the target in
 * force then, and the trend chart with its figures as a table beneath (for screen readers and exact numbers). For a
 * total the chart runs the actual up against the expected; for a rate it sets each period's rate against the
 * expected rate.
 */
final class ProgressPanel extends Div {

    private final Locale locale;
    private final BiFunction<String, Object[], String> i18n;
    private final UnaryOperator<String> ids;
    private final MetricUnit unit;

    /**
     * @param progress the progress, or null when the caller may not see the figures of the target's scope
     * @param ids      the element id of each part, by its name ("actual", "chart", ...)
     * @param compact  a smaller chart for a card
     */
    ProgressPanel(Progress progress, MetricUnit unit, UnaryOperator<String> ids, boolean compact, Locale locale,
            BiFunction<String, Object[], String> i18n) {
        this.locale = locale;
        this.i18n = i18n;
        this.ids = ids;
        this.unit = unit;
        addClassName("uptake-progress");
        if (progress == null) {
            add(paragraph("hidden", text("goalProgress.hidden")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Div facts = new Div();
        facts.addClassName("uptake-progress-facts");
        facts.add(ProgressBadges.status(progress, ids.apply("status"), i18n));
        if (!progress.started()) {
            facts.add(line("asof", text("goalProgress.startsOn", dates.format(progress.period().from()),
                    number(progress.target()))));
            add(facts);
            return;
        }
        facts.add(line("actual", text("goalProgress.actual", number(progress.actualValue()))));
        facts.add(line("expected", text("goalProgress.expected", number(progress.expectedToDate()))));
        facts.add(line("forecast", text("goalProgress.forecast", number(progress.forecast()),
                dates.format(progress.period().to()))));
        facts.add(line("attainment", text("goalProgress.attainment",
                ProgressBadges.percent(progress.attainment(), locale, i18n),
                ProgressBadges.percent(progress.attainmentOfTarget(), locale, i18n))));
        facts.add(line("asof", text("goalProgress.asOf", dates.format(progress.asOf()), number(progress.target()),
                text(progress.profile().messageKey()))));
        add(facts);
        if (!progress.points().isEmpty()) {
            chart(progress, compact);
        }
    }

    private void chart(Progress progress, boolean compact) {
        boolean rate = progress.nature() == MetricNature.RATIO;
        String actualName = text(rate ? "goalProgress.chart.actualRate" : "goalProgress.chart.actualTotal");
        String expectedName = text(rate ? "goalProgress.chart.expectedRate" : "goalProgress.chart.expectedTotal");
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<ProgressPoint> points = progress.points();
        List<String> labels = points.stream().map(p -> days.format(p.day())).toList();
        Chart chart = Chart.actualAgainstExpected(labels, points.stream().map(p -> rounded(p.actual())).toList(),
                points.stream().map(p -> rounded(p.expected())).toList(), actualName, expectedName);
        chart.setId(ids.apply("chart"));
        chart.setHeight(compact ? "160px" : "260px");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", text("goalProgress.chart.label", actualName, expectedName));
        add(chart);

        Grid<ProgressPoint> table = new Grid<>();
        table.setId(ids.apply("table"));
        table.addColumn(p -> days.format(p.day())).setHeader(text("goalProgress.table.day")).setAutoWidth(true);
        table.addColumn(p -> number(p.actual())).setHeader(actualName).setAutoWidth(true);
        table.addColumn(p -> number(p.expected())).setHeader(expectedName).setAutoWidth(true);
        table.setItems(points);
        table.setAllRowsVisible(true);
        Details details = new Details(text("goalProgress.table.title"), table);
        details.setId(ids.apply("figures"));
        add(details);
    }

    private BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(unit.decimals(), java.math.RoundingMode.HALF_EVEN);
    }

    private String number(BigDecimal value) {
        return GoalNumbers.format(value, unit, locale);
    }

    private String text(String key, Object... args) {
        return i18n.apply(key, args);
    }

    private Span line(String name, String text) {
        return GoalFacts.line(ids.apply(name), text);
    }

    private Paragraph paragraph(String name, String text) {
        return GoalFacts.paragraph(ids.apply(name), text);
    }
}
