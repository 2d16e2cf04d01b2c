package app.uptake.goals.ui;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.GoalDetail;
import app.uptake.goals.GoalRevision;
import app.uptake.goals.GoalService;
import app.uptake.goals.GoalStakeholderService;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.progress.ProgressProfile;
import app.uptake.goals.progress.TargetProgressService;
import app.uptake.metrics.MetricService;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One goal: its definition, baseline with coverage and quality, target and change, who confirmed and activated it,
 * and its revisions. The owner confirms definition and baseline here; executives and the program office edit,
 * activate and close. Anyone else gets the same "not found" page as for a goal that does not exist.
 */
@Route("goals/:id")
@PermitAll
public class GoalDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goals;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeService employees;
    private final FiscalCalendar fiscal;
    private final GoalStakeholderService stakeholders;
    private final ZoneId zone;
    private final GoalCascadeService cascade;
    private final TargetProgressService progress;
    private long goalId;
    private String title = "";

    public GoalDetailView(GoalService goals, MetricService metrics, OrganizationService organization,
            EmployeeService employees, FiscalCalendar fiscal, GoalStakeholderService stakeholders,
            CompanyCalendar calendar, GoalCascadeService cascade, TargetProgressService progress) {
        this.goals = goals;
        this.progress = progress;
        this.cascade = cascade;
        this.stakeholders = stakeholders;
        this.zone = calendar.zone();
        this.metrics = metrics;
        this.organization = organization;
        this.employees = employees;
        this.fiscal = fiscal;
        setId("goal-detail");
        addClassName("uptake-page");
    }

    public static RouteParameters parameters(long goalId) {
        return new RouteParameters("id", String.valueOf(goalId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        Optional<GoalDetail> detail = id.flatMap(this::load);
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        goalId = id.get();
        show(detail.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Optional<GoalDetail> load(long id) {
        try {
            return Optional.of(goals.detail(id));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private void show(GoalDetail detail) {
        removeAll();
        GoalSummary goal = detail.goal();
        title = goal.title().in(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        H2 heading = new H2(title);
        heading.setId("goal-title");
        Span status = new Span(getTranslation(goal.status().messageKey()));
        status.setId("goal-status");
        status.getElement().getThemeList().add("badge " + (goal.status() == GoalStatus.ACTIVE ? "success" : "contrast"));
        add(new HorizontalLayout(heading, status));

        Div facts = new Div();
        facts.addClassName("uptake-facts");
        facts.add(GoalFacts.line("goal-metric", goal.metricName().in(getLocale()) + " · " + getTranslation(goal.segment().messageKey())));
        facts.add(GoalFacts.line("goal-scope", getTranslation("goals.detail.scope", goal.scopeName())));
        facts.add(GoalFacts.line("goal-period", getTranslation("goals.detail.period", goal.period().label(),
                dates.format(goal.period().range().from()), dates.format(goal.period().range().to()))));
        facts.add(GoalFacts.line("goal-owner", getTranslation("goals.detail.owner", goal.ownerName())));
        facts.add(GoalFacts.line("goal-baseline", getTranslation("goals.baseline.value",
                GoalNumbers.format(goal.baseline(), goal.unit(), getLocale())) + " · " + getTranslation(
                "goals.baseline.period", fiscal.period(goal.period().fiscalYear() - 1, goal.period().quarter()).label(),
                dates.format(detail.baseline().period().from()), dates.format(detail.baseline().period().to()))));
        facts.add(GoalFacts.line("goal-target", getTranslation("goals.targetChange",
                GoalNumbers.format(goal.target(), goal.unit(), getLocale()),
                GoalNumbers.change(goal, getLocale(), this::getTranslation))
                + " (" + getTranslation(goal.direction().messageKey()) + ")"));
        facts.add(GoalFacts.line("goal-weight", getTranslation("goals.detail.weight", GoalNumbers.format(goal.weight(), 1, getLocale()))));
        facts.add(GoalFacts.line("goal-confirmation", detail.confirmedAt() == null
                ? getTranslation("goals.detail.notConfirmed", goal.ownerName())
                : getTranslation("goals.detail.confirmed", detail.confirmedByName(), times.format(detail.confirmedAt()))));
        if (detail.activatedAt() != null) {
            facts.add(GoalFacts.line("goal-activation", getTranslation("goals.detail.activated", detail.activatedByName(),
                    times.format(detail.activatedAt()))));
        }
        add(facts);
        add(progressSection(detail));
        if (detail.rationale() != null) {
            add(new H3(getTranslation("goals.detail.rationale")), GoalFacts.paragraph("goal-rationale", detail.rationale()));
        }
        add(actions(detail));

        Div definition = new Div();
        GoalFacts.definition(definition, detail.metric(), getLocale(), this::getTranslation);
        GoalFacts.coverage(definition, detail.baseline(), getLocale(), this::getTranslation);
        add(definition);

        if (goal.scope() instanceof app.uptake.goals.GoalScope.OrgUnit) {
            add(new BreakdownPanel(cascade, progress, goalId, this::reload));
        }

        add(new H3(getTranslation("goals.detail.revisions")));
        if (detail.revisions().isEmpty()) {
            add(GoalFacts.paragraph("goal-no-revisions", getTranslation("goals.detail.noRevisions")));
        } else {
            add(revisions(detail, times, dates));
        }
        add(new StakeholderPanel(stakeholders, employees, goalId));
    }

    /** Progress against the target in force today, with the trend; "cannot see" when the scope's figures are not the caller's to see. */
    private Div progressSection(GoalDetail detail) {
        GoalSummary goal = detail.goal();
        Div section = new Div();
        section.setId("goal-progress");
        section.add(new H3(getTranslation("goalProgress.title")));
        if (goal.parentId() == null && detail.mayManage() && goal.status() != GoalStatus.CLOSED) {
            section.add(profileChoice());
        }
        section.add(new ProgressPanel(progress.ofGoal(goalId).orElse(null), goal.unit(), name -> "goal-progress-" + name,
                false, getLocale(), this::getTranslation));
        return section;
    }

    /** How the company goal and its cascade expect progress through the period: evenly or like last year. */
    private Select<ProgressProfile> profileChoice() {
        Select<ProgressProfile> profile = new Select<>();
        profile.setId("goal-profile");
        profile.setLabel(getTranslation("goalProgress.profile"));
        profile.setHelperText(getTranslation("goalProgress.profile.help"));
        profile.setItems(ProgressProfile.values());
        profile.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        profile.setValue(goals.progressProfile(goalId));
        profile.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                goals.setProgressProfile(goalId, e.getValue());
                Notifications.success(getTranslation("goalProgress.profile.saved", getTranslation(e.getValue().messageKey())));
                reload();
            } catch (BusinessRuleException ex) {
                profile.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                profile.setInvalid(true);
            }
        });
        return profile;
    }

    private HorizontalLayout actions(GoalDetail detail) {
        HorizontalLayout actions = new HorizontalLayout();
        GoalSummary goal = detail.goal();
        // a share of the cascade is changed through its parent's breakdown, and follows the company goal's status
        boolean companyGoal = goal.parentId() == null;
        if (detail.mayConfirm()) {
            Button confirm = button("goal-confirm", "goals.detail.confirm", VaadinIcon.CHECK,
                    () -> goals.confirm(goalId), "goals.detail.confirmDone");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        if (companyGoal && detail.mayManage() && goal.status() == GoalStatus.DRAFT) {
            Button activate = button("goal-activate", "goals.detail.activate", VaadinIcon.PLAY,
                    () -> goals.activate(goalId), "goals.detail.activateDone");
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(activate);
        }
        if (companyGoal && detail.mayManage() && goal.status() != GoalStatus.CLOSED) {
            Button edit = new Button(getTranslation("goals.detail.edit"), VaadinIcon.EDIT.create(),
                    click -> new GoalEditorDialog(goals, metrics, organization, employees, fiscal, goalId,
                            goal.period().fiscalYear(), id -> reload()).open());
            edit.setId("goal-edit");
            actions.add(edit);
        }
        if (companyGoal && detail.mayManage() && goal.status() == GoalStatus.ACTIVE) {
            actions.add(button("goal-close", "goals.detail.close", VaadinIcon.CLOSE_CIRCLE, () -> goals.close(goalId),
                    "goals.detail.closeDone"));
        }
        Button back = new Button(getTranslation("goals.detail.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(GoalMapView.class)));
        back.setId("goal-back");
        back.setVisible(detail.mayManage());
        actions.add(back);
        return actions;
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action, String doneKey) {
        Button button = new Button(getTranslation(key), icon.create(), click -> {
            try {
                action.run();
                Notifications.success(getTranslation(doneKey));
                reload();
            } catch (BusinessRuleException e) {
                Notifications.error(getTranslation(e.messageKey(), e.args()));
            }
        });
        button.setId(id);
        return button;
    }

    private void reload() {
        load(goalId).ifPresent(this::show);
    }

    private Grid<GoalRevision> revisions(GoalDetail detail, DateTimeFormatter times, DateTimeFormatter dates) {
        Grid<GoalRevision> grid = new Grid<>();
        grid.setId("goal-revisions");
        grid.addColumn(r -> times.format(r.changedAt())).setHeader(getTranslation("goals.revision.when")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.field().messageKey())).setHeader(getTranslation("goals.revision.field"))
                .setAutoWidth(true);
        int decimals = detail.goal().unit().decimals();
        grid.addColumn(r -> GoalNumbers.format(r.before(), decimals, getLocale()))
                .setHeader(getTranslation("goals.revision.before")).setAutoWidth(true);
        grid.addColumn(r -> GoalNumbers.format(r.after(), decimals, getLocale()))
                .setHeader(getTranslation("goals.revision.after")).setAutoWidth(true);
        grid.addColumn(GoalRevision::reason).setHeader(getTranslation("goals.revision.reason")).setFlexGrow(3);
        grid.addColumn(GoalRevision::authorName).setHeader(getTranslation("goals.revision.author")).setAutoWidth(true);
        grid.addColumn(r -> dates.format(r.effectiveOn())).setHeader(getTranslation("goals.revision.effective"))
                .setAutoWidth(true);
        grid.setItems(detail.revisions());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
