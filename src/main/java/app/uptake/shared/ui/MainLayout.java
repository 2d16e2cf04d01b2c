package app.uptake.shared.ui;

import app.uptake.shared.security.LocalePreferences;
import app.uptake.shared.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application shell: a side navigation listing only the views the user may open (Vaadin filters
 * the {@code @Menu} entries by access), the page title, and a user menu with language switch and
 * sign-out. It knows no module: views register themselves with {@code @Menu}, and modules add to the top bar
 * through {@link NavbarItem} beans (the notification bell).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The languages Uptake speaks. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String LOCALE_APPLIED = MainLayout.class.getName() + ".localeApplied";

    private final AuthenticationContext authentication;
    private final LocalePreferences localePreferences;
    private final H1 title = new H1();

    public MainLayout(AuthenticationContext authentication, LocalePreferences localePreferences,
            ObjectProvider<NavbarItem> navbarItems) {
        this.authentication = authentication;
        this.localePreferences = localePreferences;
        applyPreferredLocaleOnce();
        setPrimarySection(Section.DRAWER);
        addClassName("uptake-shell");

        title.addClassName("uptake-view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbarItems.orderedStream().map(NavbarItem::create).forEach(navbar::add);
        navbar.add(userMenu());
        navbar.setWidthFull();
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("uptake-navbar");
        addToNavbar(navbar);
        addToDrawer(brand(), navigation());
    }

    private void applyPreferredLocaleOnce() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LOCALE_APPLIED) == null) {
            session.setAttribute(LOCALE_APPLIED, Boolean.TRUE);
            authentication.getAuthenticatedUser(SignedInUser.class)
                    .flatMap(SignedInUser::preferredLocale)
                    .ifPresent(locale -> {
                        session.setLocale(locale);
                        UI.getCurrent().setLocale(locale);
                    });
        }
    }

    private Component brand() {
        Span logo = new Span("U");
        logo.addClassName("uptake-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("uptake-brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("uptake-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassName("uptake-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        String name = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(SignedInUser::displayName)
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span label = new Span(name);
        label.setId("user-name");
        HorizontalLayout trigger = new HorizontalLayout(avatar, label);
        trigger.setSpacing(true);
        trigger.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(trigger);
        SubMenu sub = root.getSubMenu();
        SubMenu languages = sub.addItem(getTranslation("menu.language")).getSubMenu();
        for (Locale language : LANGUAGES) {
            MenuItem item = languages.addItem(getTranslation("language." + language.getLanguage()),
                    e -> switchLanguage(language));
            item.setCheckable(true);
            item.setChecked(getLocale().getLanguage().equals(language.getLanguage()));
        }
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        localePreferences.remember(locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle view ? view.getPageTitle() : "");
    }
}
