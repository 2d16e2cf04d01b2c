package app.uptake.activity.ui;

import app.uptake.activity.ApiKeyService;
import app.uptake.activity.ApiKeySummary;
import app.uptake.activity.CreatedApiKey;
import app.uptake.activity.DataSourceSummary;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** The program office's keys for the REST API: one data source per sending system, keys shown once, revocable. */
@Route("admin/activity/api-keys")
@RolesAllowed("ADMIN")
@Menu(order = 72, title = "apiKeys.nav", icon = "vaadin:key")
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    /** Times show in the company's time zone, whatever the server's. */
    private final ZoneId zone;

    private final ApiKeyService apiKeys;
    private final Select<DataSourceSummary> source = new Select<>();
    private final Grid<ApiKeySummary> grid = new Grid<>();

    public ApiKeysView(ApiKeyService apiKeys, CompanyCalendar calendar) {
        this.zone = calendar.zone();
        this.apiKeys = apiKeys;
        setId("api-keys");
        addClassName("uptake-page");
        add(new H2(getTranslation("apiKeys.title")), new Paragraph(getTranslation("apiKeys.intro")));

        source.setId("api-source");
        source.setLabel(getTranslation("apiKeys.source"));
        source.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        source.addValueChangeListener(e -> refreshKeys());
        Button newSource = new Button(getTranslation("apiKeys.newSource"), click -> openNewSource());
        newSource.setId("new-api-source");
        Button create = new Button(getTranslation("apiKeys.create"), click -> openNewKey());
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(source, newSource, create);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar);

        grid.setId("api-key-grid");
        grid.addColumn(ApiKeySummary::label).setHeader(getTranslation("apiKeys.label")).setFlexGrow(2);
        grid.addColumn(k -> "upk_" + k.prefix() + "_…").setHeader(getTranslation("apiKeys.prefix"));
        grid.addColumn(k -> time(k.createdAt())).setHeader(getTranslation("apiKeys.created"));
        grid.addColumn(ApiKeySummary::createdBy).setHeader(getTranslation("apiKeys.createdBy")).setFlexGrow(2);
        grid.addColumn(k -> time(k.lastUsedAt())).setHeader(getTranslation("apiKeys.lastUsed"));
        grid.addColumn(k -> k.isRevoked() ? getTranslation("apiKeys.revoked", time(k.revokedAt()))
                : getTranslation("apiKeys.active")).setHeader(getTranslation("apiKeys.status"));
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("apiKeys.revoke"), click -> confirmRevoke(k));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(!k.isRevoked());
            return revoke;
        });
        grid.setAllRowsVisible(true);
        add(grid);
        refreshSources(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiKeys.title");
    }

    private void refreshSources(DataSourceSummary select) {
        var sources = apiKeys.apiSources();
        source.setItems(sources);
        source.setValue(select != null ? sources.stream().filter(s -> s.id() == select.id()).findFirst().orElse(null)
                : sources.stream().findFirst().orElse(null));
    }

    private void refreshKeys() {
        // a source has a handful of keys, never a growing table
        grid.setItems(source.getValue() == null ? java.util.List.of() : apiKeys.keys(source.getValue().id()));
    }

    private void openNewSource() {
        Dialog dialog = new Dialog(getTranslation("apiKeys.newSource"));
        TextField code = new TextField(getTranslation("apiKeys.sourceCode"));
        code.setId("api-source-code");
        TextField name = new TextField(getTranslation("apiKeys.sourceName"));
        name.setId("api-source-name");
        dialog.add(new VerticalLayout(code, name));
        Button save = new Button(getTranslation("apiKeys.save"), click -> {
            try {
                refreshSources(apiKeys.createApiSource(code.getValue(), name.getValue()));
                dialog.close();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(dialog, rule, Map.of("code", code, "name", name));
            }
        });
        save.setId("save-api-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("apiKeys.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openNewKey() {
        Dialog dialog = new Dialog(getTranslation("apiKeys.create"));
        TextField label = new TextField(getTranslation("apiKeys.label"));
        label.setId("api-key-label");
        label.setWidth("24rem");
        dialog.add(label);
        Button save = new Button(getTranslation("apiKeys.save"), click -> {
            try {
                CreatedApiKey created = apiKeys.create(source.getValue() == null ? -1 : source.getValue().id(), label.getValue());
                dialog.close();
                showOnce(created);
                refreshKeys();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(dialog, rule, Map.of("label", label, "source", label));
            }
        });
        save.setId("save-api-key");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("apiKeys.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showOnce(CreatedApiKey created) {
        Dialog dialog = new Dialog(getTranslation("apiKeys.shownOnce"));
        TextField key = new TextField();
        key.setId("new-api-key");
        key.setValue(created.plainKey());
        key.setReadOnly(true);
        key.setWidth("36rem");
        dialog.add(key);
        dialog.getFooter().add(new Button(getTranslation("apiKeys.close"), click -> dialog.close()));
        dialog.open();
    }

    private void confirmRevoke(ApiKeySummary key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apiKeys.revoke"));
        confirm.setText(getTranslation("apiKeys.revokeConfirm", key.label()));
        confirm.setConfirmText(getTranslation("apiKeys.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("apiKeys.cancel"));
        confirm.addConfirmListener(e -> {
            apiKeys.revoke(key.id());
            refreshKeys();
        });
        confirm.open();
    }

    private String time(Instant instant) {
        return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(instant);
    }
}
