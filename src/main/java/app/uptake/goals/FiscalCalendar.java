package app.uptake.goals;

import app.uptake.shared.CompanyCalendar;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The company's fiscal years and quarters, starting in the month {@code uptake.goals.fiscal-year-start-month}. */
@Component
public class FiscalCalendar {

    private final CompanyCalendar calendar;
    private final int startMonth;

    FiscalCalendar(CompanyCalendar calendar, @Value("${uptake.goals.fiscal-year-start-month:1}") int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("uptake.goals.fiscal-year-start-month must be 1 to 12, not " + startMonth);
        }
        this.calendar = calendar;
        this.startMonth = startMonth;
    }

    public int startMonth() {
        return startMonth;
    }

    public int currentFiscalYear() {
        return GoalPeriod.fiscalYearOf(calendar.today(), startMonth);
    }

    public GoalPeriod period(int fiscalYear, Integer quarter) {
        return GoalPeriod.of(fiscalYear, quarter, startMonth);
    }

    /** The fiscal years a goal map can be opened for: last year, this year and the next two. */
    public List<Integer> selectableYears() {
        int current = currentFiscalYear();
        return IntStream.rangeClosed(current - 1, current + 2).boxed().toList();
    }
}
