package app.uptake.goals.ui;

import app.uptake.goals.Baseline;
import app.uptake.metrics.MetricDefinition;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.BiFunction;

/** The facts shown beside a goal, in the editor and on the goal page: what the metric means and how solid the baseline is. */
final class GoalFacts {

    private GoalFacts() {
    }

    static void definition(HasComponents into, MetricDefinition metric, Locale locale,
            BiFunction<String, Object[], String> i18n) {
        into.add(new H4(i18n.apply("goals.definition", new Object[0])));
        into.add(paragraph("goal-definition", metric.description().in(locale)));
        into.add(new H4(i18n.apply("goals.method", new Object[0])));
        into.add(paragraph("goal-method", metric.method().in(locale)));
    }

    static void coverage(HasComponents into, Baseline baseline, Locale locale, BiFunction<String, Object[], String> i18n) {
        var c = baseline.coverage();
        into.add(paragraph("goal-coverage", i18n.apply("goals.coverage", new Object[] {c.activePeople(), c.people(),
                GoalNumbers.format(c.peopleShare(), 1, locale), c.daysWithData(), c.days(),
                GoalNumbers.format(c.daysShare(), 1, locale)})));
        var q = baseline.quality30Days();
        into.add(paragraph("goal-quality", i18n.apply("goals.quality", new Object[] {q.accepted(), q.rejected(),
                q.duplicates(), q.late()})));
    }

    /** A line of text on its own, found by its id. */
    static Span line(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        span.getStyle().set("display", "block");
        return span;
    }

    static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
