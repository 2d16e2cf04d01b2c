package app.uptake.adoption.ui;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.AdoptionHint;
import app.uptake.adoption.AdoptionService;
import app.uptake.adoption.EmployeeWeek;
import app.uptake.adoption.MyAdoption;
import app.uptake.shared.ui.Chart;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "My adoption" for every employee: the index of this week so far and each component with what it means, the trend
 * of the weeks before (a chart and its numbers as a table), and what to do next about the weakest components.
 */
@Route("adoption/me")
@PermitAll
@Menu(order = 33, title = "adoption.me.nav", icon = "vaadin:trending-up")
public class MyAdoptionView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 12;

    public MyAdoptionView(AdoptionService adoption) {
        setId("my-adoption");
        addClassName("uptake-page");
        MyAdoption mine = adoption.mine(WEEKS);
        add(new H2(getTranslation("adoption.me.title")), new Paragraph(getTranslation("adoption.me.intro")));
        add(indexCard(mine), components(mine), next(mine), trend(mine.history()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adoption.me.title");
    }

    private Div indexCard(MyAdoption mine) {
        Div card = new Div();
        card.addClassName("uptake-card");
        H3 heading = new H3(getTranslation("adoption.me.thisWeek",
                String.valueOf(mine.week().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                mine.week().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())),
                mine.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()))));
        Span index = new Span(Percent.format(mine.thisWeek().index(), getLocale()));
        index.setId("my-adoption-index");
        index.addClassName("uptake-big-number");
        index.getStyle().set("font-size", "2.5rem").set("font-weight", "600");
        card.add(heading, index);
        if (mine.thisWeek().renormalised()) {
            String missing = mine.thisWeek().missing().stream().sorted()
                    .map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", "));
            Paragraph note = new Paragraph(getTranslation("adoption.me.renormalised", missing));
            note.setId("my-adoption-renormalised");
            card.add(note);
        }
        return card;
    }

    private Div components(MyAdoption mine) {
        Div list = new Div();
        list.setId("my-adoption-components");
        list.addClassName("uptake-cards-wide");
        for (AdoptionComponent component : AdoptionComponent.values()) {
            Div card = new Div();
            card.setId("component-" + component.name());
            card.addClassName("uptake-card");
            Span value = new Span(Percent.format(mine.thisWeek().components().get(component), getLocale()));
            value.setId("component-value-" + component.name());
            value.getStyle().set("font-size", "1.5rem").set("font-weight", "600");
            card.add(new H4(getTranslation(component.messageKey())), value,
                    new Paragraph(getTranslation("adoption.me.weight",
                            Percent.number(mine.weights().of(component), getLocale()))),
                    new Paragraph(getTranslation(component.messageKey() + ".explain")));
            list.add(card);
        }
        return list;
    }

    private Div next(MyAdoption mine) {
        Div area = new Div();
        area.setId("my-adoption-next");
        area.add(new H3(getTranslation("adoption.me.next")));
        List<AdoptionHint> hints = mine.hints();
        if (hints.isEmpty()) {
            Paragraph fine = new Paragraph(getTranslation("adoption.me.allGood"));
            fine.setId("my-adoption-all-good");
            area.add(fine);
            return area;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-adoption-hints");
        for (AdoptionHint hint : hints) {
            ListItem item = new ListItem(new Span(getTranslation(hint.messageKey(),
                    Percent.format(hint.value(), getLocale())) + " "));
            item.setId("hint-" + hint.component().name());
            item.add(new Anchor(hint.route(), getTranslation("adoption.hint.open." + hint.route())));
            list.add(item);
        }
        area.add(list);
        return area;
    }

    private Div trend(List<EmployeeWeek> history) {
        Div area = new Div();
        area.setId("my-adoption-trend-area");
        area.setWidthFull();
        area.add(new H3(getTranslation("adoption.me.trend")));
        if (history.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("adoption.me.noHistory"));
            none.setId("my-adoption-no-history");
            area.add(none);
            return area;
        }
        List<String> labels = history.stream().map(this::weekLabel).toList();
        Chart chart = Chart.line(labels, history.stream().map(w -> w.score().index()).toList(),
                getTranslation("adoption.index"));
        chart.setId("my-adoption-trend");
        Grid<EmployeeWeek> table = new Grid<>();
        table.setId("my-adoption-table");
        table.addColumn(this::weekLabel).setHeader(getTranslation("adoption.week")).setAutoWidth(true);
        table.addColumn(w -> Percent.format(w.score().index(), getLocale())).setHeader(getTranslation("adoption.index"));
        Arrays.stream(AdoptionComponent.values()).forEach(c -> table
                .addColumn(w -> Percent.format(w.score().components().get(c), getLocale()))
                .setHeader(getTranslation(c.messageKey())));
        table.setItems(history.reversed());
        table.setAllRowsVisible(true);
        area.add(chart, table);
        return area;
    }

    private String weekLabel(EmployeeWeek week) {
        return getTranslation("adoption.weekLabel",
                String.valueOf(week.week().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                String.valueOf(week.week().get(IsoFields.WEEK_BASED_YEAR)));
    }
}
