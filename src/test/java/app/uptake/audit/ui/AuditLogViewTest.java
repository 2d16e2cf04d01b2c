package app.uptake.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.audit.AuditEntry;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends UiTest {

    @Autowired
    OrganizationService organization;

    @Test
    @SuppressWarnings("unchecked")
    void showsWhoChangedWhatNewestFirst() {
        signInAs(DemoLogins.ADMIN);
        String code = "A-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long company = organization.children(null).getFirst().id();
        organization.create(company, code, "Audit test division", OrgUnitKind.DIVISION);
        navigate(AuditLogView.class);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        AuditEntry newest = test(grid).getRow(0);
        assertThat(newest.action()).isEqualTo("ORG_UNIT_CREATED");
        assertThat(newest.actor()).isEqualTo(DemoLogins.ADMIN);
        assertThat(newest.details()).contains(code);
        // the time is shown in the company's zone (Europe/Berlin), not the server's
        String shown = test(grid).getCellText(0, 0);
        assertThat(shown).isEqualTo(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).withZone(java.time.ZoneId.of("Europe/Berlin")).format(newest.occurredAt()));
    }
}
