package app.uptake.goals.ui;

import app.uptake.goals.GoalStakeholderService;
import app.uptake.goals.Stakeholder;
import app.uptake.goals.StakeholderDraft;
import app.uptake.goals.StakeholderInfluence;
import app.uptake.goals.StakeholderStance;
import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * The change stakeholders of one goal on its page: who carries the change and who may work against it, with
 * their influence and the actions agreed with them; add, change and remove.
 */
class StakeholderPanel extends Div {

    /** A person to pick: the combo box shows names but the stakeholder keeps the id. */
    record Person(long id, String name) {
    }

    private final GoalStakeholderService stakeholders;
    private final EmployeeService employees;
    private final long goalId;
    private final Grid<Stakeholder> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    StakeholderPanel(GoalStakeholderService stakeholders, EmployeeService employees, long goalId) {
        this.stakeholders = stakeholders;
        this.employees = employees;
        this.goalId = goalId;
        setId("goal-stakeholders");
        setWidthFull();
        Button add = new Button(getTranslation("stakeholders.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.setId("stakeholder-add");
        empty.setText(getTranslation("stakeholders.empty"));
        empty.setId("stakeholders-empty");
        grid.setId("stakeholder-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Stakeholder::name).setHeader(getTranslation("stakeholders.col.person")).setAutoWidth(true);
        grid.addColumn(s -> s.role() == null ? "" : s.role()).setHeader(getTranslation("stakeholders.col.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> stance(s.stance())).setHeader(getTranslation("stakeholders.col.stance"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.influence().messageKey()))
                .setHeader(getTranslation("stakeholders.col.influence")).setAutoWidth(true);
        grid.addColumn(s -> s.actions() == null ? "" : s.actions()).setHeader(getTranslation("stakeholders.col.actions"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        add(new H3(getTranslation("stakeholders.title")), new Paragraph(getTranslation("stakeholders.intro")), add,
                empty, grid);
        refresh();
    }

    private void refresh() {
        List<Stakeholder> listed = stakeholders.list(goalId);
        grid.setItems(listed);
        grid.setVisible(!listed.isEmpty());
        empty.setVisible(listed.isEmpty());
    }

    private Span stance(StakeholderStance stance) {
        Span badge = new Span(getTranslation(stance.messageKey()));
        badge.getElement().getThemeList().add(switch (stance) {
            case CHAMPION, SUPPORTER -> "badge success";
            case NEUTRAL -> "badge contrast";
            case SCEPTIC -> "badge";
            case RESISTOR -> "badge error";
        });
        return badge;
    }

    private Div rowActions(Stakeholder stakeholder) {
        Button change = new Button(VaadinIcon.EDIT.create(), click -> edit(stakeholder));
        change.setId("stakeholder-edit-" + stakeholder.employeeId());
        change.setAriaLabel(getTranslation("stakeholders.edit"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            stakeholders.remove(goalId, stakeholder.id());
            refresh();
        });
        remove.setId("stakeholder-remove-" + stakeholder.employeeId());
        remove.setAriaLabel(getTranslation("stakeholders.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new Div(change, remove);
    }

    /** The form for a new stakeholder, or for changing one (the person then stays). */
    private void edit(Stakeholder existing) {
        ComboBox<Person> person = new ComboBox<>(getTranslation("stakeholders.col.person"));
        person.setId("stakeholder-person");
        person.setItemLabelGenerator(Person::name);
        person.setItems(query -> employees.list(EmployeeFilter.none().withText(query.getFilter().orElse("")),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit())))
                .stream().map(e -> new Person(e.id(), e.fullName())));
        TextField role = new TextField(getTranslation("stakeholders.col.role"));
        role.setId("stakeholder-role");
        role.setPlaceholder(getTranslation("stakeholders.rolePlaceholder"));
        Select<StakeholderStance> stance = new Select<>();
        stance.setLabel(getTranslation("stakeholders.col.stance"));
        stance.setId("stakeholder-stance");
        stance.setItems(StakeholderStance.values());
        stance.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        Select<StakeholderInfluence> influence = new Select<>();
        influence.setLabel(getTranslation("stakeholders.col.influence"));
        influence.setId("stakeholder-influence");
        influence.setItems(StakeholderInfluence.values());
        influence.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        TextArea actions = new TextArea(getTranslation("stakeholders.col.actions"));
        actions.setId("stakeholder-actions");
        if (existing != null) {
            person.setValue(new Person(existing.employeeId(), existing.name()));
            person.setReadOnly(true);
            role.setValue(existing.role() == null ? "" : existing.role());
            stance.setValue(existing.stance());
            influence.setValue(existing.influence());
            actions.setValue(existing.actions() == null ? "" : existing.actions());
        }

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "stakeholders.add" : "stakeholders.edit"));
        dialog.add(new FormLayout(person, role, stance, influence, actions));
        Button save = new Button(getTranslation("stakeholders.save"), click -> {
            try {
                stakeholders.save(goalId, new StakeholderDraft(person.getValue() == null ? null : person.getValue().id(),
                        role.getValue(), stance.getValue(), influence.getValue(), actions.getValue()));
                dialog.close();
                Notifications.success(getTranslation("stakeholders.saved"));
                refresh();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("employee", person, "role", role, "stance", stance,
                        "influence", influence, "actions", actions));
            }
        });
        save.setId("stakeholder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("stakeholders.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
