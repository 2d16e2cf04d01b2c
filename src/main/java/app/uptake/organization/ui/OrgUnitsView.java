package app.uptake.organization.ui;

import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The org tree for the program office: add, rename, move and close units. Children load on expand. */
@Route("admin/org")
@RolesAllowed("ADMIN")
@Menu(order = 60, title = "nav.org", icon = "vaadin:sitemap")
public class OrgUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final Button add = new Button();
    private final Button rename = new Button();
    private final Button move = new Button();
    private final Button close = new Button();

    public OrgUnitsView(OrganizationService organization) {
        this.organization = organization;
        setId("org-units");
        setSizeFull();
        addClassName("uptake-page");

        tree.setId("org-tree");
        tree.addHierarchyColumn(OrgUnit::name).setHeader(getTranslation("org.col.name")).setFlexGrow(3);
        tree.addColumn(OrgUnit::code).setHeader(getTranslation("org.col.code")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation(u.kind().messageKey())).setHeader(getTranslation("org.col.kind")).setAutoWidth(true);
        tree.addColumn(OrgUnit::headcount).setHeader(getTranslation("org.col.headcount")).setAutoWidth(true);
        tree.addComponentColumn(u -> u.isClosed() ? badge("org.closed", "contrast") : badge("org.open", "success"))
                .setHeader(getTranslation("org.col.status")).setAutoWidth(true);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<OrgUnit, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<OrgUnit, Void> query) {
                return organization.countChildren(parentId(query));
            }

            @Override
            public boolean hasChildren(OrgUnit item) {
                return item.hasChildren();
            }

            @Override
            protected Stream<OrgUnit> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnit, Void> query) {
                return organization.children(parentId(query)).stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public Object getId(OrgUnit item) {
                return item.id();
            }
        });
        tree.setSizeFull();
        tree.addSelectionListener(e -> updateButtons());

        setup(add, "org-add", "org.add", VaadinIcon.PLUS, this::openAdd);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setup(rename, "org-rename", "org.rename", VaadinIcon.EDIT, this::openRename);
        setup(move, "org-move", "org.move", VaadinIcon.ARROWS, this::openMove);
        setup(close, "org-close", "org.close", VaadinIcon.CLOSE_CIRCLE, this::openClose);
        updateButtons();
        add(new HorizontalLayout(add, rename, move, close), tree);
        // Show the company and its divisions straight away.
        organization.children(null).forEach(tree::expand);
    }

    private static Long parentId(HierarchicalQuery<OrgUnit, Void> query) {
        return query.getParentOptional().map(OrgUnit::id).orElse(null);
    }

    private void setup(Button button, String id, String key, VaadinIcon icon, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(e -> action.run());
    }

    private Span badge(String key, String variant) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + variant);
        return badge;
    }

    private Optional<OrgUnit> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        boolean open = selected().map(u -> !u.isClosed()).orElse(false);
        add.setEnabled(open || organization.countChildren(null) == 0);
        rename.setEnabled(selected().isPresent());
        move.setEnabled(open && selected().map(u -> u.parentId() != null).orElse(false));
        close.setEnabled(open);
    }

    private void openAdd() {
        OrgUnit parent = selected().orElse(null);
        TextField name = field("org-name", "org.col.name");
        TextField code = field("org-code", "org.col.code");
        Select<OrgUnitKind> kind = new Select<>();
        kind.setId("org-kind");
        kind.setLabel(getTranslation("org.col.kind"));
        kind.setItems(Arrays.stream(OrgUnitKind.values())
                .filter(k -> parent == null ? k == OrgUnitKind.COMPANY : k.mayBeChildOf(parent.kind())).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.getListDataView().getItems().findFirst().ifPresent(kind::setValue);
        openDialog("org.add", new FormLayout(name, code, kind), Map.of("name", name, "code", code, "kind", kind), () -> {
            OrgUnit created = organization.create(parent == null ? null : parent.id(), code.getValue(), name.getValue(),
                    kind.getValue());
            refresh(parent);
            return getTranslation("org.created", created.name());
        });
    }

    private void openRename() {
        OrgUnit unit = selected().orElseThrow();
        TextField name = field("org-name", "org.col.name");
        name.setValue(unit.name());
        openDialog("org.rename", new FormLayout(name), Map.of("name", name), () -> {
            organization.rename(unit.id(), name.getValue());
            refreshParentOf(unit);
            return getTranslation("org.renamed", name.getValue());
        });
    }

    private void openMove() {
        OrgUnit unit = selected().orElseThrow();
        ComboBox<OrgUnit> parent = new ComboBox<>(getTranslation("org.newParent"));
        parent.setId("org-parent");
        parent.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        parent.setItems(q -> organization.searchOpen(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream()
                .filter(u -> unit.kind().mayBeChildOf(u.kind())));
        openDialog("org.move", new FormLayout(parent), Map.of("parent", parent), () -> {
            if (parent.getValue() == null) {
                throw BusinessRuleException.onField("parent", "validation.required");
            }
            organization.move(unit.id(), parent.getValue().id());
            tree.getDataProvider().refreshAll();
            return getTranslation("org.moved", unit.name(), parent.getValue().name());
        });
    }

    private void openClose() {
        OrgUnit unit = selected().orElseThrow();
        openDialog("org.close", new Span(getTranslation("org.closeConfirm", unit.name())), Map.of(), () -> {
            organization.close(unit.id());
            refreshParentOf(unit);
            return getTranslation("org.closedDone", unit.name());
        });
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    /** A dialog whose OK runs the action; a broken rule is shown at its field and keeps the dialog open. */
    private void openDialog(String titleKey, Component body, Map<String, HasValidation> fields, Supplier<String> action) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("org-dialog");
        dialog.add(body);
        Button ok = new Button(getTranslation("action.ok"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                String done = action.get();
                dialog.close();
                updateButtons();
                Notifications.success(done);
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, fields);
            }
        });
        ok.setId("org-dialog-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void refresh(OrgUnit parent) {
        if (parent == null) {
            tree.getDataProvider().refreshAll();
        } else {
            tree.getDataProvider().refreshItem(parent, true);
            tree.expand(parent);
        }
    }

    private void refreshParentOf(OrgUnit unit) {
        Optional<OrgUnit> parent = unit.parentId() == null ? Optional.empty() : organization.find(unit.parentId());
        refresh(parent.orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title");
    }
}
