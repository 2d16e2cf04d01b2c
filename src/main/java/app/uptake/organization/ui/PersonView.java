package app.uptake.organization.ui;

import app.uptake.organization.EmployeeDetails;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * A person's profile. Anyone signed in may ask for any id; the service answers only for people the
 * caller may see, and everybody else gets the same "not found" page as an id that does not exist.
 */
@Route("people/:id")
@PermitAll
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployeeService employees;
    private String title = "";

    public PersonView(EmployeeService employees) {
        this.employees = employees;
        setId("person");
        addClassName("uptake-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<EmployeeDetails> person = event.getRouteParameters().getLong("id").flatMap(employees::profile);
        if (person.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(person.get());
    }

    private void show(EmployeeDetails person) {
        removeAll();
        EmployeeSummary s = person.summary();
        title = s.fullName();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(s.fullName()));
        Div facts = new Div();
        facts.addClassName("uptake-facts");
        fact(facts, "person.jobRole", getTranslation(s.jobRole().messageKey()));
        fact(facts, "person.orgUnit", String.join(" › ", person.orgPath()));
        fact(facts, "person.email", s.email());
        fact(facts, "person.since", dates.format(s.startDate()));
        if (s.endDate() != null) {
            fact(facts, "person.until", dates.format(s.endDate()));
        }
        if (person.crmUserId() != null) {
            fact(facts, "person.crmUserId", person.crmUserId());
        }
        if (s.managerId() != null) {
            Div row = new Div(new Span(getTranslation("person.manager")),
                    new Anchor("people/" + s.managerId(), s.managerName()));
            row.setId("manager");
            facts.add(row);
        }
        add(facts);
        if (!person.directReports().isEmpty()) {
            add(new H3(getTranslation("person.directReports", person.directReports().size())));
            Div reports = new Div();
            reports.setId("direct-reports");
            reports.addClassName("uptake-link-list");
            person.directReports().forEach(r -> reports.add(new Anchor("people/" + r.id(), r.fullName())));
            add(reports);
        }
    }

    private void fact(Div facts, String labelKey, String value) {
        facts.add(new Div(new Span(getTranslation(labelKey)), new Span(value)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
