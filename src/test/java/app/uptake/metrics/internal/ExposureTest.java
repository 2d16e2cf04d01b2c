package app.uptake.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.Employment;
import app.uptake.organization.JobRole;
import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureTest {

    // March 2026: 31 days, 22 weekdays (Mon 2nd to Tue 31st, starting on a Sunday)
    private static final DateRange MARCH = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @Test
    void aFullMonthIsThirtyOneSeventhsOfAWeekPerPerson() {
        List<Employment> two = List.of(employed(LocalDate.of(2020, 1, 1), null), employed(LocalDate.of(2021, 5, 1), null));
        // 2 × 31 / 7 = 8.857142...
        assertThat(Exposure.personWeeks(two, MARCH)).isEqualByComparingTo("8.857143");
        assertThat(Exposure.workingDays(two, MARCH)).isEqualByComparingTo("44");
    }

    @Test
    void joinersAndLeaversCountProRata() {
        // joins Monday 16th: 16 days, 12 weekdays; leaves Friday 6th: 6 days, 5 weekdays
        Employment joiner = employed(LocalDate.of(2026, 3, 16), null);
        Employment leaver = employed(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 3, 6));
        Employment gone = employed(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 2, 28));
        assertThat(Exposure.personWeeks(List.of(joiner, leaver, gone), MARCH)).isEqualByComparingTo("3.142857");
        assertThat(Exposure.workingDays(List.of(joiner, leaver, gone), MARCH)).isEqualByComparingTo("17");
    }

    @Test
    void peopleWithTheSameDatesCountTogether() {
        // three joiners of Monday 16th (16 days, 12 weekdays each), two leavers of Friday 6th (6 days, 5 weekdays each),
        // one gone before March: (48 + 12) / 7 = 8.571429 person-weeks, 36 + 10 = 46 working days
        List<Exposure.Spell> spells = List.of(new Exposure.Spell(LocalDate.of(2026, 3, 16), null, 3),
                new Exposure.Spell(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 3, 6), 2),
                new Exposure.Spell(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 2, 28), 1));
        assertThat(Exposure.personWeeksOf(spells, MARCH)).isEqualByComparingTo("8.571429");
        assertThat(Exposure.workingDaysOf(spells, MARCH)).isEqualByComparingTo("46");
    }

    @Test
    void weekdaysOfShortRanges() {
        assertThat(Exposure.weekdays(DateRange.day(LocalDate.of(2026, 3, 1)))).isZero();
        assertThat(Exposure.weekdays(new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)))).isEqualTo(5);
        assertThat(Exposure.weekdays(new DateRange(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9)))).isEqualTo(2);
    }

    private static Employment employed(LocalDate start, LocalDate end) {
        return new Employment(1, 1, JobRole.ACCOUNT_EXECUTIVE, start, end, null);
    }
}
