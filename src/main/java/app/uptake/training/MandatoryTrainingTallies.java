package app.uptake.training;

import app.uptake.training.internal.ComplianceQueries;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many mandatory training modules each employee had been assigned, and how many of them they had completed,
 * by the end of a day: the training input of incentive gates and of the adoption index. For system jobs; it checks
 * nobody.
 */
@Service
@Transactional(readOnly = true)
public class MandatoryTrainingTallies {

    /** Mandatory modules assigned by the day, and those of them completed by the day. */
    public record Tally(int assigned, int completed) {

        public static final Tally NONE = new Tally(0, 0);

        /** Nothing assigned counts as complete: nobody is behind on training they were never given. */
        public boolean allCompleted() {
            return completed >= assigned;
        }
    }

    private final ComplianceQueries queries;

    MandatoryTrainingTallies(ComplianceQueries queries) {
        this.queries = queries;
    }

    /** A tally for every asked employee ({@link Tally#NONE} for those without mandatory assignments). */
    public Map<Long, Tally> ofEmployees(Collection<Long> employeeIds, LocalDate asOf) {
        Set<Long> wanted = Set.copyOf(employeeIds);
        Map<Long, Tally> tallies = new HashMap<>();
        queries.mandatoryTallies(asOf, (employeeId, assigned, completed) -> {
            if (wanted.contains(employeeId)) {
                tallies.put(employeeId, new Tally(assigned, completed));
            }
        });
        for (long id : wanted) {
            tallies.putIfAbsent(id, Tally.NONE);
        }
        return tallies;
    }
}
