package app.uptake.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnitEntity, Long> {

    Optional<OrgUnitEntity> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    @Query("select u from OrgUnitEntity u where u.parent is null order by u.name")
    List<OrgUnitEntity> findRoots();

    @Query("select u from OrgUnitEntity u where u.parent.id = :parentId order by u.name")
    List<OrgUnitEntity> findChildren(@Param("parentId") Long parentId);

    @Query("select count(u) from OrgUnitEntity u where u.parent.id = :parentId")
    long countChildren(@Param("parentId") Long parentId);

    @Query("""
            select u from OrgUnitEntity u where u.closedOn is null
            and (lower(u.name) like :pattern or lower(u.code) like :pattern) order by u.name """)
    List<OrgUnitEntity> searchOpen(@Param("pattern") String pattern, Pageable pageable);

    /** Every unit's id and its parent's id (null at the top). */
    @Query("select u.id, p.id from OrgUnitEntity u left join u.parent p")
    List<Object[]> findParentLinks();

    @Query("select count(u) from OrgUnitEntity u where u.parent is null")
    long countRoots();

    @Query("select count(u) from OrgUnitEntity u where u.parent.id = :parentId and u.closedOn is null")
    long countOpenChildren(@Param("parentId") Long parentId);

    /** The unit and every unit below it, at any depth. */
    @Query(value = """
            with recursive subtree(id) as (
                select id from org_unit where id = :rootId
                union all
                select child.id from org_unit child join subtree s on child.parent_id = s.id
            )
            select id from subtree""", nativeQuery = true)
    List<Long> findSubtreeIds(@Param("rootId") long rootId);
}
