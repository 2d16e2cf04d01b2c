package app.uptake.organization.ui;

import app.uptake.organization.EmployeeDraft;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.organization.Role;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Creates or edits one employee. Problems are shown at the field they belong to, and nothing is saved
 * until every field is valid. Roles and logins are only editable by the program office.
 */
@Route("admin/employees/edit/:id?")
@RolesAllowed({"ADMIN", "HR"})
public class EmployeeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final Binder<EmployeeDraft> binder = new Binder<>(EmployeeDraft.class);
    private final Map<String, HasValidation> fieldsByName;

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<JobRole> jobRole = new ComboBox<>();
    private final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    private final ComboBox<EmployeeSummary> manager = new ComboBox<>();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final Select<String> locale = new Select<>();
    private final TextField crmUserId = new TextField();
    private final Checkbox canSignIn = new Checkbox();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField newPassword = new PasswordField();
    private EmployeeDraft draft;

    public EmployeeEditorView(EmployeeService employees, OrganizationService organization, CurrentUserService currentUser) {
        this.employees = employees;
        this.organization = organization;
        setId("employee-editor");
        addClassName("uptake-page");
        setMaxWidth("960px");

        label(firstName, "firstName", "employee.firstName");
        label(lastName, "lastName", "employee.lastName");
        label(email, "email", "employee.email");
        label(jobRole, "jobRole", "employee.jobRole");
        label(orgUnit, "orgUnitId", "employee.orgUnit");
        label(manager, "managerId", "employee.manager");
        label(startDate, "startDate", "employee.startDate");
        label(endDate, "endDate", "employee.endDate");
        label(locale, "locale", "employee.locale");
        label(crmUserId, "crmUserId", "employee.crmUserId");
        label(canSignIn, "canSignIn", "employee.canSignIn");
        label(roles, "roles", "employee.roles");
        label(newPassword, "newPassword", "employee.newPassword");

        jobRole.setItems(JobRole.values());
        jobRole.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        orgUnit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        orgUnit.setItems(q -> organization.searchOpen(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        manager.setItemLabelGenerator(m -> m.fullName() + " – " + m.orgUnitName());
        manager.setItems(q -> employees.searchManagers(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        manager.setClearButtonVisible(true);
        locale.setItems("de", "en");
        locale.setItemLabelGenerator(l -> getTranslation("language." + l));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        newPassword.setHelperText(getTranslation("employee.newPassword.help"));

        String required = getTranslation("validation.required");
        binder.forField(firstName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong"), 0, 100))
                .bind(EmployeeDraft::getFirstName, EmployeeDraft::setFirstName);
        binder.forField(lastName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong"), 0, 100))
                .bind(EmployeeDraft::getLastName, EmployeeDraft::setLastName);
        binder.forField(email).asRequired(required)
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind(EmployeeDraft::getEmail, EmployeeDraft::setEmail);
        binder.forField(jobRole).asRequired(required).bind(EmployeeDraft::getJobRole, EmployeeDraft::setJobRole);
        binder.forField(orgUnit).asRequired(required)
                .bind(d -> d.getOrgUnitId() == null ? null : organization.find(d.getOrgUnitId()).orElse(null),
                        (d, u) -> d.setOrgUnitId(u == null ? null : u.id()));
        binder.forField(manager)
                .bind(d -> d.getManagerId() == null ? null : employees.find(d.getManagerId()).map(x -> x.summary()).orElse(null),
                        (d, m) -> d.setManagerId(m == null ? null : m.id()));
        binder.forField(startDate).asRequired(required).bind(EmployeeDraft::getStartDate, EmployeeDraft::setStartDate);
        binder.forField(endDate)
                .withValidator(end -> end == null || startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("employee.error.endBeforeStart"))
                .bind(EmployeeDraft::getEndDate, EmployeeDraft::setEndDate);
        binder.forField(locale).asRequired(required).bind(EmployeeDraft::getLocale, EmployeeDraft::setLocale);
        binder.forField(crmUserId)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong"), 0, 64))
                .bind(EmployeeDraft::getCrmUserId, EmployeeDraft::setCrmUserId);
        binder.forField(canSignIn).bind(EmployeeDraft::isCanSignIn, EmployeeDraft::setCanSignIn);
        binder.forField(roles).bind(EmployeeDraft::getRoles, EmployeeDraft::setRoles);
        binder.forField(newPassword).bind(EmployeeDraft::getNewPassword, EmployeeDraft::setNewPassword);

        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        canSignIn.setReadOnly(!admin);
        roles.setReadOnly(!admin);
        newPassword.setVisible(admin);

        fieldsByName = Map.ofEntries(Map.entry("firstName", firstName), Map.entry("lastName", lastName),
                Map.entry("email", email), Map.entry("jobRole", jobRole), Map.entry("orgUnitId", orgUnit),
                Map.entry("managerId", manager), Map.entry("startDate", startDate), Map.entry("endDate", endDate),
                Map.entry("locale", locale), Map.entry("crmUserId", crmUserId), Map.entry("roles", roles),
                Map.entry("newPassword", newPassword));

        FormLayout person = new FormLayout(firstName, lastName, email, jobRole, orgUnit, manager, startDate, endDate,
                locale, crmUserId);
        FormLayout access = new FormLayout(canSignIn, roles, newPassword);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> backToList());
        cancel.setId("cancel");
        add(new H3(getTranslation("employee.section.person")), person,
                new H3(getTranslation("employee.section.access")), access, new HorizontalLayout(save, cancel));
    }

    private void label(com.vaadin.flow.component.Component field, String id, String key) {
        field.setId(id);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation(key));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draft = event.getRouteParameters().getLong("id").map(employees::draftFor).orElseGet(employees::newDraft);
        binder.readBean(draft);
        newPassword.clear();
    }

    private void save() {
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            return;
        }
        try {
            employees.save(draft);
            Notifications.success(getTranslation("employee.saved", draft.getFirstName() + " " + draft.getLastName()));
            backToList();
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, fieldsByName);
        }
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(EmployeesView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft == null || draft.getId() == null ? "employee.title.new" : "employee.title.edit");
    }
}
