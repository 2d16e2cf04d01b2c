package app.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.CompanyCalendar;
import app.uptake.support.UiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Mandatory tallies on the hand-made department of {@link ComplianceFixture} (both modules are mandatory). */
@Transactional
class MandatoryTrainingTalliesTest extends UiTest {

    @Autowired
    MandatoryTrainingTallies tallies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;

    ComplianceFixture f;

    @BeforeEach
    void department() {
        f = new ComplianceFixture(jdbc, calendar.today(), calendar.now());
    }

    @Test
    void countsAssignedAndCompletedMandatoryModulesPerEmployee() {
        Map<Long, MandatoryTrainingTallies.Tally> today = tallies.ofEmployees(List.of(f.anna, f.carla, f.lars, f.olga),
                f.today);
        assertThat(today).containsEntry(f.anna, new MandatoryTrainingTallies.Tally(2, 1))
                .containsEntry(f.carla, new MandatoryTrainingTallies.Tally(1, 1))
                .containsEntry(f.lars, new MandatoryTrainingTallies.Tally(1, 0))
                .containsEntry(f.olga, new MandatoryTrainingTallies.Tally(2, 2))
                .hasSize(4);
        assertThat(today.get(f.anna).allCompleted()).isFalse();
        assertThat(today.get(f.olga).allCompleted()).isTrue();
    }

    @Test
    void assignmentsMadeAfterTheDayDoNotCountAndNothingAssignedIsComplete() {
        Map<Long, MandatoryTrainingTallies.Tally> yesterday = tallies.ofEmployees(List.of(f.anna, f.lars),
                f.today.minusDays(1));
        assertThat(yesterday).containsEntry(f.anna, MandatoryTrainingTallies.Tally.NONE)
                .containsEntry(f.lars, MandatoryTrainingTallies.Tally.NONE);
        assertThat(MandatoryTrainingTallies.Tally.NONE.allCompleted()).isTrue();
    }
}
