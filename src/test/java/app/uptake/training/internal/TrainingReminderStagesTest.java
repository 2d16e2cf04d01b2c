package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingReminderStagesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    private static final List<Integer> SEVEN_AND_ONE = List.of(1, 7);

    private static Optional<String> on(LocalDate day) {
        return TrainingReminders.employeeStage(DUE, day, SEVEN_AND_ONE);
    }

    @Test
    void theStageReachedOnEachDay() {
        assertThat(on(LocalDate.of(2026, 12, 2))).as("8 days left").isEmpty();
        assertThat(on(LocalDate.of(2026, 12, 3))).as("7 days left").contains("DUE_IN_7");
        assertThat(on(LocalDate.of(2026, 12, 8))).as("2 days left").contains("DUE_IN_7");
        assertThat(on(LocalDate.of(2026, 12, 9))).as("1 day left").contains("DUE_IN_1");
        assertThat(on(DUE)).as("the due date").contains("DUE_IN_1");
        assertThat(on(LocalDate.of(2026, 12, 11))).contains("OVERDUE");
        assertThat(TrainingReminders.employeeStage(DUE, DUE, List.of(0, 3))).contains("DUE_IN_0");
    }

    @Test
    void aStageIsCoveredByItselfOrALaterOneButNotByTheEscalation() {
        assertThat(TrainingReminders.covered("DUE_IN_7", Set.of())).isFalse();
        assertThat(TrainingReminders.covered("DUE_IN_7", Set.of("DUE_IN_7"))).isTrue();
        assertThat(TrainingReminders.covered("DUE_IN_7", Set.of("DUE_IN_1"))).isTrue();
        assertThat(TrainingReminders.covered("DUE_IN_1", Set.of("DUE_IN_7"))).isFalse();
        assertThat(TrainingReminders.covered("OVERDUE", Set.of("DUE_IN_7", "DUE_IN_1"))).isFalse();
        assertThat(TrainingReminders.covered("DUE_IN_1", Set.of("OVERDUE"))).isTrue();
        assertThat(TrainingReminders.covered("OVERDUE", Set.of("ESCALATION"))).isFalse();
        // a reminder of an earlier configuration (3 days) still counts where it belongs
        assertThat(TrainingReminders.covered("DUE_IN_7", Set.of("DUE_IN_3"))).isTrue();
        assertThat(TrainingReminders.covered("DUE_IN_1", Set.of("DUE_IN_3"))).isFalse();
    }

    @Test
    void theEscalationIsDueAfterTheConfiguredDays() {
        assertThat(TrainingReminders.escalationDue(DUE, LocalDate.of(2026, 12, 23), 14)).isFalse();
        assertThat(TrainingReminders.escalationDue(DUE, LocalDate.of(2026, 12, 24), 14)).isTrue();
        assertThat(TrainingReminders.escalationDue(DUE, LocalDate.of(2026, 12, 13), 3)).isTrue();
    }
}
