package app.uptake.organization.ui;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDetails;
import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.Headcount;
import app.uptake.organization.OrganizationService;
import app.uptake.organization.Role;
import app.uptake.shared.ui.Chart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The start page: what the signed-in user comes for, by role. It fills up as modules arrive. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUserService currentUser, EmployeeService employees, OrganizationService organization) {
        setId("home");
        addClassName("uptake-page");
        CurrentUser user = currentUser.require();
        EmployeeDetails me = employees.find(user.employeeId()).orElseThrow();

        add(new H2(getTranslation("home.greeting", user.displayName())));
        add(new Paragraph(getTranslation("home.youAre", getTranslation(me.summary().jobRole().messageKey()),
                String.join(" › ", me.orgPath()))));

        FlexLayout cards = new FlexLayout();
        cards.addClassName("uptake-cards");
        cards.add(card("home.card.profile", getTranslation("home.card.profile.text"),
                new Anchor("people/" + user.employeeId(), getTranslation("home.card.profile.link"))));
        if (user.hasRole(Role.MANAGER)) {
            long team = employees.count(EmployeeFilter.myReportingLine()) - 1;
            cards.add(card("home.card.team", getTranslation("home.card.team.text", me.directReports().size(), team),
                    new Anchor("team", getTranslation("home.card.team.link"))));
        }
        if (user.hasAnyRole(Role.EXECUTIVE, Role.HR, Role.ADMIN)) {
            cards.add(headcountCard(organization));
        }
        if (user.hasAnyRole(Role.HR, Role.ADMIN)) {
            cards.add(card("home.card.people", getTranslation("home.card.people.text"),
                    new Anchor("admin/employees", getTranslation("home.card.people.link"))));
        }
        if (user.hasRole(Role.ADMIN)) {
            cards.add(card("home.card.org", getTranslation("home.card.org.text"),
                    new Anchor("admin/org", getTranslation("home.card.org.link"))));
        }
        add(cards);
    }

    private Component headcountCard(OrganizationService organization) {
        List<Headcount> top = organization.headcountBelow(null);
        List<Headcount> divisions = top.isEmpty() ? List.of() : organization.headcountBelow(top.getFirst().unitId());
        List<Headcount> largestFirst = divisions.stream()
                .sorted(java.util.Comparator.comparingLong(Headcount::active).reversed()).toList();
        Chart bars = Chart.horizontalBars(largestFirst.stream().map(Headcount::unitName).toList(),
                largestFirst.stream().map(Headcount::active).toList());
        bars.setId("headcount-chart");
        long total = top.stream().mapToLong(Headcount::active).sum();
        Div card = card("home.card.headcount", getTranslation("home.card.headcount.text", total), bars);
        card.setId("headcount-card");
        return card;
    }

    private Div card(String titleKey, String text, Component action) {
        Div card = new Div(new H3(getTranslation(titleKey)), new Paragraph(text), action);
        card.addClassName("uptake-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
