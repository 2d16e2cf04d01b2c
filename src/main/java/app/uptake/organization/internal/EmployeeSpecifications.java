package app.uptake.organization.internal;

import app.uptake.organization.JobRole;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Query building blocks for employee lists. */
public final class EmployeeSpecifications {

    private EmployeeSpecifications() {
    }

    /**
     * Employees matching every given criterion; a null criterion is ignored. {@code activeOn} keeps those
     * who have not left by that day; {@code visibleIds} restricts to the caller's scope.
     */
    public static Specification<EmployeeEntity> matching(String text, Collection<Long> orgUnitIds, JobRole jobRole,
            LocalDate activeOn, Collection<Long> visibleIds) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
                all.add(cb.or(
                        cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), pattern),
                        cb.like(cb.lower(root.get("lastName")), pattern),
                        cb.like(root.get("email"), pattern)));
            }
            if (orgUnitIds != null) {
                all.add(root.get("orgUnit").get("id").in(orgUnitIds));
            }
            if (jobRole != null) {
                all.add(cb.equal(root.get("jobRole"), jobRole));
            }
            if (activeOn != null) {
                all.add(cb.or(cb.isNull(root.get("endDate")), cb.greaterThanOrEqualTo(root.get("endDate"), activeOn)));
            }
            if (visibleIds != null) {
                all.add(visibleIds.isEmpty() ? cb.disjunction() : root.get("id").in(visibleIds));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    public static Specification<EmployeeEntity> reportingTo(long managerId) {
        return (root, query, cb) -> cb.equal(root.get("manager").get("id"), managerId);
    }
}
