package app.uptake.activity.internal;

import app.uptake.activity.ImportStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRunRepository extends JpaRepository<ImportRunEntity, Long> {

    List<ImportRunEntity> findByStatusIn(List<ImportStatus> statuses);

    List<ImportRunEntity> findBySourceIdOrderByStartedAtDescIdDesc(long sourceId, org.springframework.data.domain.Pageable page);

    long countBySourceId(long sourceId);

    /** Accepted, corrected, duplicates, stale, rejected and late, summed over the source's runs since the time. */
    @org.springframework.data.jpa.repository.Query("""
            select sum(r.accepted), sum(r.corrected), sum(r.duplicates), sum(r.stale), sum(r.rejected), sum(r.late)
            from ImportRunEntity r where r.source.id = :sourceId and r.startedAt >= :since""")
    List<Object[]> sumCounts(@org.springframework.data.repository.query.Param("sourceId") long sourceId,
            @org.springframework.data.repository.query.Param("since") java.time.Instant since);
}
