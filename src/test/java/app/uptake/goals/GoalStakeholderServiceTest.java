package app.uptake.goals;

import static app.uptake.goals.GoalFixture.CALLS;
import static app.uptake.goals.GoalFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class GoalStakeholderServiceTest extends UiTest {

    @Autowired
    GoalStakeholderService stakeholders;
    @Autowired
    GoalService goals;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    GoalFixture fixture;
    long goal;
    long sabine;
    long jonas;
    long petra;

    @BeforeEach
    void draftAGoalOwnedBySabine() {
        signInAs(DemoLogins.ADMIN);
        fixture = new GoalFixture(context, fiscal.period(fiscal.currentFiscalYear(), null).range().from());
        sabine = id(DemoLogins.MANAGER);
        jonas = id(DemoLogins.EMPLOYEE);
        petra = id(DemoLogins.HR);
        goal = goals.create(draft(fiscal.currentFiscalYear() + 1, fixture.unitId, CALLS, "5", TargetDirection.INCREASE,
                "10", sabine));
    }

    @AfterEach
    void removeDivision() {
        fixture.remove();
    }

    private long id(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    private static BusinessRuleException refusal(Runnable call) {
        try {
            call.run();
        } catch (BusinessRuleException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theOwnerListsStakeholdersMostInfluentialFirstAndChangesThemInPlace() {
        signInAs(DemoLogins.MANAGER);
        stakeholders.save(goal, new StakeholderDraft(jonas, "Key account, sceptical of logging", StakeholderStance.SCEPTIC,
                StakeholderInfluence.MEDIUM, "Pair him with a champion for two weeks"));
        stakeholders.save(goal, new StakeholderDraft(petra, "  Works council liaison  ", StakeholderStance.NEUTRAL,
                StakeholderInfluence.HIGH, " "));
        assertThat(stakeholders.list(goal)).extracting(Stakeholder::employeeId).containsExactly(petra, jonas);
        assertThat(stakeholders.list(goal).getFirst()).satisfies(s -> {
            assertThat(s.role()).isEqualTo("Works council liaison");
            assertThat(s.actions()).isNull();
            assertThat(s.updatedBy()).isEqualTo("Sabine Krüger");
        });

        // the same person again is a change, not a second row
        stakeholders.save(goal, new StakeholderDraft(jonas, "Key account", StakeholderStance.SUPPORTER,
                StakeholderInfluence.HIGH, "Shows his dashboard in the team meeting"));
        assertThat(stakeholders.list(goal)).hasSize(2).extracting(Stakeholder::stance)
                .containsExactly(StakeholderStance.SUPPORTER, StakeholderStance.NEUTRAL);

        long jonasRow = stakeholders.list(goal).getFirst().id();
        stakeholders.remove(goal, jonasRow);
        assertThat(stakeholders.list(goal)).extracting(Stakeholder::employeeId).containsExactly(petra);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'GOAL_STAKEHOLDER_%' "
                + "and subject_id = ?", Long.class, String.valueOf(goal))).isEqualTo(4);
    }

    @Test
    void incompleteOrTooLongInputIsRefusedAtItsFieldAndNothingIsSaved() {
        assertThat(refusal(() -> stakeholders.save(goal, new StakeholderDraft(null, null, StakeholderStance.CHAMPION,
                StakeholderInfluence.LOW, null))).field()).isEqualTo("employee");
        assertThat(refusal(() -> stakeholders.save(goal, new StakeholderDraft(jonas, null, null,
                StakeholderInfluence.LOW, null))).field()).isEqualTo("stance");
        assertThat(refusal(() -> stakeholders.save(goal, new StakeholderDraft(jonas, null, StakeholderStance.CHAMPION,
                null, null))).field()).isEqualTo("influence");
        BusinessRuleException tooLong = refusal(() -> stakeholders.save(goal, new StakeholderDraft(jonas, "x".repeat(201),
                StakeholderStance.CHAMPION, StakeholderInfluence.LOW, null)));
        assertThat(tooLong.field()).isEqualTo("role");
        assertThat(tooLong.args()).containsExactly(200);
        assertThat(refusal(() -> stakeholders.save(goal, new StakeholderDraft(jonas, null, StakeholderStance.CHAMPION,
                StakeholderInfluence.LOW, "y".repeat(2001)))).field()).isEqualTo("actions");
        jdbc.update("update employee set end_date = current_date - 1 where id = ?", fixture.ben.id());
        assertThat(refusal(() -> stakeholders.save(goal, new StakeholderDraft(fixture.ben.id(), null,
                StakeholderStance.RESISTOR, StakeholderInfluence.HIGH, null))).messageKey())
                .isEqualTo("stakeholders.error.leaver");
        assertThat(stakeholders.list(goal)).isEmpty();
    }

    @Test
    void onlyThoseWhoMaySeeTheGoalSeeOrKeepItsStakeholders() {
        signInAs(DemoLogins.EXECUTIVE);
        stakeholders.save(goal, new StakeholderDraft(jonas, null, StakeholderStance.CHAMPION, StakeholderInfluence.LOW, null));
        assertThat(stakeholders.list(goal)).hasSize(1);
        for (String outsider : new String[] {DemoLogins.EMPLOYEE, DemoLogins.HR}) {
            signInAs(outsider);
            assertThatThrownBy(() -> stakeholders.list(goal)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> stakeholders.save(goal, new StakeholderDraft(jonas, null, StakeholderStance.RESISTOR,
                    StakeholderInfluence.HIGH, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> stakeholders.remove(goal, 1)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> stakeholders.list(-1)).isInstanceOf(AccessDeniedException.class);
    }
}
