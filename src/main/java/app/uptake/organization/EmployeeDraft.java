package app.uptake.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The editable fields of an employee and their login, bound to the employee form. The constraint
 * messages are i18n keys, so the form shows them in the user's language.
 */
public class EmployeeDraft {

    private Long id;

    @NotBlank(message = "validation.required")
    @Size(max = 100, message = "validation.tooLong")
    private String firstName;

    @NotBlank(message = "validation.required")
    @Size(max = 100, message = "validation.tooLong")
    private String lastName;

    @NotBlank(message = "validation.required")
    @Email(message = "validation.email")
    @Size(max = 254, message = "validation.tooLong")
    private String email;

    @NotNull(message = "validation.required")
    private JobRole jobRole;

    @NotNull(message = "validation.required")
    private Long orgUnitId;

    private Long managerId;

    @NotNull(message = "validation.required")
    private LocalDate startDate;

    private LocalDate endDate;

    @NotBlank(message = "validation.required")
    private String locale = "de";

    @Size(max = 64, message = "validation.tooLong")
    private String crmUserId;

    private boolean canSignIn;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** A new password; empty keeps the current one. */
    private String newPassword;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public void setJobRole(JobRole jobRole) {
        this.jobRole = jobRole;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getCrmUserId() {
        return crmUserId;
    }

    public void setCrmUserId(String crmUserId) {
        this.crmUserId = crmUserId;
    }

    public boolean isCanSignIn() {
        return canSignIn;
    }

    public void setCanSignIn(boolean canSignIn) {
        this.canSignIn = canSignIn;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
