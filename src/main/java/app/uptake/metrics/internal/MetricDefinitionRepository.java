package app.uptake.metrics.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MetricDefinitionRepository extends JpaRepository<MetricDefinitionEntity, Long> {

    /** The newest version of every metric. */
    @Query("""
            select m from MetricDefinitionEntity m where m.version =
                (select max(o.version) from MetricDefinitionEntity o where o.code = m.code)
            order by m.code""")
    List<MetricDefinitionEntity> findCurrent();

    Optional<MetricDefinitionEntity> findFirstByCodeOrderByVersionDesc(String code);

    boolean existsByCode(String code);
}
