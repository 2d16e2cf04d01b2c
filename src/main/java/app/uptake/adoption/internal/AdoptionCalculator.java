package app.uptake.adoption.internal;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.AdoptionMath;
import app.uptake.adoption.AdoptionScore;
import app.uptake.adoption.AdoptionSettings;
import app.uptake.adoption.ComponentValues;
import app.uptake.goals.EmployeeGoalShares;
import app.uptake.metrics.MetricFigures;
import app.uptake.metrics.MetricValue;
import app.uptake.organization.Employment;
import app.uptake.shared.DateRange;
import app.uptake.training.MandatoryTrainingTallies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads what the index needs for many employees at once (a handful of grouped queries, whatever their number) and
 * scores them with {@link AdoptionMath}. Runs without a signed-in user: callers decide who sees the result.
 */
@Component
public class AdoptionCalculator {

    static final String ACTIVE_DAYS = "CRM_ACTIVE_DAYS_SHARE";
    static final String ACTIVITIES = "ACTIVITIES_PER_WEEK";
    static final String COMPLETENESS = "DATA_COMPLETENESS";

    private final MetricFigures figures;
    private final MandatoryTrainingTallies training;
    private final EmployeeGoalShares goals;

    AdoptionCalculator(MetricFigures figures, MandatoryTrainingTallies training, EmployeeGoalShares goals) {
        this.figures = figures;
        this.training = training;
        this.goals = goals;
    }

    /**
     * Each person's score over the days of the range (a whole week for a snapshot, the week so far for a live look):
     * usage, logging and quality over the range, training by its last day, goal pace as of its last day.
     */
    public Map<Long, AdoptionScore> scores(List<Employment> people, DateRange range, AdoptionSettings settings) {
        Map<Long, AdoptionScore> scores = new HashMap<>();
        if (people.isEmpty()) {
            return scores;
        }
        List<Long> ids = people.stream().map(Employment::employeeId).toList();
        LocalDate asOf = range.to();
        Map<Long, MetricValue> usage = figures.ofEmployees(ACTIVE_DAYS, ids, range);
        Map<Long, MetricValue> logging = figures.ofEmployees(ACTIVITIES, ids, range);
        Map<Long, MetricValue> quality = figures.ofEmployees(COMPLETENESS, ids, range);
        Map<Long, MandatoryTrainingTallies.Tally> tallies = training.ofEmployees(ids, asOf);
        Map<Long, List<BigDecimal>> attainments = goals.attainments(ids, asOf);
        for (Employment person : people) {
            long id = person.employeeId();
            Map<AdoptionComponent, BigDecimal> values = new EnumMap<>(AdoptionComponent.class);
            values.put(AdoptionComponent.USAGE, AdoptionMath.usage(usage.get(id)));
            values.put(AdoptionComponent.LOGGING, AdoptionMath.logging(logging.get(id), settings.normOf(person.jobRole())));
            values.put(AdoptionComponent.QUALITY, AdoptionMath.quality(quality.get(id)));
            MandatoryTrainingTallies.Tally tally = tallies.getOrDefault(id, MandatoryTrainingTallies.Tally.NONE);
            values.put(AdoptionComponent.TRAINING, AdoptionMath.training(tally.assigned(), tally.completed()));
            values.put(AdoptionComponent.GOALS, AdoptionMath.goalPace(attainments.getOrDefault(id, List.of())));
            scores.put(id, AdoptionMath.score(new ComponentValues(values), settings.weights()));
        }
        return scores;
    }
}
