package app.uptake.audit.ui;

import app.uptake.audit.AuditEntry;
import app.uptake.audit.AuditService;
import app.uptake.shared.CompanyCalendar;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who did what, newest first. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "nav.audit", icon = "vaadin:clipboard-text")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public AuditLogView(AuditService audit, CompanyCalendar calendar) {
        setId("audit-log");
        setSizeFull();
        addClassName("uptake-page");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(calendar.zone());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId()))
                .setHeader(getTranslation("audit.col.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.col.details")).setFlexGrow(2);
        grid.setItemsPageable(audit::latest, page -> audit.count());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
