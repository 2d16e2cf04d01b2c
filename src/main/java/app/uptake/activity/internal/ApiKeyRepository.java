package app.uptake.activity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiKeyRepository extends JpaRepository<ApiKeyEntity, Long> {

    @EntityGraph(attributePaths = "source")
    Optional<ApiKeyEntity> findByPrefix(String prefix);

    @EntityGraph(attributePaths = "source")
    List<ApiKeyEntity> findBySourceIdOrderByCreatedAtDesc(long sourceId);

    /** Records use at most once a minute per key, so busy clients don't turn every batch into a row update. */
    @Modifying
    @Query("update ApiKeyEntity k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :before)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
