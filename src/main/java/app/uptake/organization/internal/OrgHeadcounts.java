package app.uptake.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The org tree's shape and how many people are active in each unit on one day, read with two queries,
 * so that a screen full of units does not cost several queries per unit.
 */
public final class OrgHeadcounts {

    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> direct = new HashMap<>();
    private final Map<Long, Long> subtree = new HashMap<>();

    OrgHeadcounts(List<Object[]> parentLinks, List<Object[]> activeByUnit) {
        for (Object[] link : parentLinks) {
            Long id = (Long) link[0];
            Long parent = (Long) link[1];
            children.computeIfAbsent(id, k -> new ArrayList<>());
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        for (Object[] row : activeByUnit) {
            direct.put((Long) row[0], ((Number) row[1]).longValue());
        }
    }

    public static OrgHeadcounts read(OrgUnitRepository units, EmployeeRepository employees, LocalDate day) {
        return new OrgHeadcounts(units.findParentLinks(), employees.countActiveByUnit(day));
    }

    public boolean hasChildren(long unitId) {
        return !children.getOrDefault(unitId, List.of()).isEmpty();
    }

    /** Active employees in the unit and every unit below it. */
    public long activeInSubtree(long unitId) {
        Long known = subtree.get(unitId);
        if (known != null) {
            return known;
        }
        long sum = direct.getOrDefault(unitId, 0L);
        for (Long child : children.getOrDefault(unitId, List.of())) {
            sum += activeInSubtree(child);
        }
        subtree.put(unitId, sum);
        return sum;
    }
}
