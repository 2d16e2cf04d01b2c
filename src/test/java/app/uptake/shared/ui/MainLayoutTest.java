package app.uptake.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.ui.HomeView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends UiTest {

    private List<String> navigation() {
        SideNav nav = $(SideNav.class).id("main-nav");
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anEmployeeSeesHomeTheMetricsAndTheirTraining() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("Home", "My targets", "Metric explorer", "Metric catalog", "My training", "My adoption", "My statements", "What if");
    }

    @Test
    void theProgramOfficeSeesEveryAdminScreen() {
        signInAs(DemoLogins.ADMIN);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("Home", "My team", "My targets", "Team targets", "Metric explorer", "Metric catalog", "Goal map", "My training",
                "Training compliance", "My adoption", "My statements", "What if", "Employees", "Incentive plans", "Incentive runs", "Statements", "Organisation", "Data sources", "Upload activity", "Activity imports", "API keys", "Training content", "Goal status thresholds", "Adoption settings", "Audit log");
    }

    @Test
    void hrSeesEmployeesButNotTheOrgTreeOrAudit() {
        signInAs(DemoLogins.HR);
        navigate(HomeView.class);
        assertThat(navigation()).contains("Employees", "Training compliance", "Incentive plans", "Incentive runs", "Statements").doesNotContain("Organisation", "Audit log");
    }

    @Test
    void showsTheUserNameAndSpeaksGerman() {
        signInAs(DemoLogins.MANAGER);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(HomeView.class);
        assertThat(navigation()).containsExactly("Start", "Mein Team", "Meine Ziele", "Teamziele", "Kennzahlen", "Kennzahlenkatalog", "Meine Schulungen",
                "Schulungsstand", "Meine Adoption", "Meine Abrechnungen", "Was wäre wenn");
        assertThat($(Span.class).id("user-name").getText()).isEqualTo("Sabine Krüger");
    }

    @Test
    void theLanguageSwitchChangesTheSessionAndIsRememberedForTheAccount() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate(HomeView.class);
        com.vaadin.flow.component.menubar.MenuBarTester<com.vaadin.flow.component.menubar.MenuBar> menu =
                test($(com.vaadin.flow.component.menubar.MenuBar.class).id("user-menu"));
        menu.clickItem(0, 0, 1); // user › Language › Deutsch
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(accounts.findByUsernameIgnoreCase(DemoLogins.EXECUTIVE).orElseThrow().getPreferredLocale())
                .isEqualTo("de");
        menu.clickItem(0, 0, 0); // user › Sprache › English
        assertThat(accounts.findByUsernameIgnoreCase(DemoLogins.EXECUTIVE).orElseThrow().getPreferredLocale())
                .isEqualTo("en");
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.uptake.organization.internal.UserAccountRepository accounts;
}
