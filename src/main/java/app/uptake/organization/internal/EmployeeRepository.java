package app.uptake.organization.internal;

import app.uptake.organization.Employment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmployeeRepository extends JpaRepository<EmployeeEntity, Long>, JpaSpecificationExecutor<EmployeeEntity> {

    Optional<EmployeeEntity> findByEmail(String email);

    List<EmployeeEntity> findByEmailIn(Collection<String> emails);

    Optional<EmployeeEntity> findByCrmUserId(String crmUserId);

    @Query(value = "select id from employee where id in (:ids) order by id for update", nativeQuery = true)
    List<Long> lockInOrder(@Param("ids") Collection<Long> ids);

    @Query("select e.crmUserId, e.id from EmployeeEntity e where e.crmUserId in :crmUserIds")
    List<Object[]> findIdsByCrmUserIds(@Param("crmUserIds") Collection<String> crmUserIds);

    /** Expects the addresses lower-case, as they are stored. */
    @Query("select e.email, e.id from EmployeeEntity e where e.email in :emails")
    List<Object[]> findIdsByEmails(@Param("emails") Collection<String> emails);

    String EMPLOYMENT = "select new app.uptake.organization.Employment(e.id, e.orgUnit.id, e.jobRole, e.startDate, "
            + "e.endDate, e.crmUserId) from EmployeeEntity e ";

    @Query(EMPLOYMENT + "where e.orgUnit.id in :unitIds")
    List<Employment> findEmploymentsInUnits(@Param("unitIds") Collection<Long> unitIds);

    @Query(EMPLOYMENT + "where e.id in :ids")
    List<Employment> findEmployments(@Param("ids") Collection<Long> ids);

    /** Id, first and last name, e-mail, HR's locale, the account's preferred locale, manager id, end date. */
    @Query("""
            select e.id, e.firstName, e.lastName, e.email, e.locale, a.preferredLocale, m.id, e.endDate
            from EmployeeEntity e left join e.manager m left join UserAccountEntity a on a.employee = e
            where e.id in :ids""")
    List<Object[]> findContacts(@Param("ids") Collection<Long> ids);

    @Query(EMPLOYMENT + "order by e.id")
    List<Employment> findAllEmployments();

    @Override
    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    Page<EmployeeEntity> findAll(Specification<EmployeeEntity> spec, Pageable pageable);

    /** Everybody whose reporting line runs through the given employee, at any depth (not the employee). */
    @Query(value = """
            with recursive reports(id) as (
                select id from employee where manager_id = :managerId
                union all
                select e.id from employee e join reports r on e.manager_id = r.id
            )
            select id from reports""", nativeQuery = true)
    List<Long> findReportingLineIds(@Param("managerId") long managerId);

    /** Employees in the unit who have not left by the day, including those who start later. */
    @Query("select count(e) from EmployeeEntity e where e.orgUnit.id = :unitId and (e.endDate is null or e.endDate >= :day)")
    long countNotLeftIn(@Param("unitId") long unitId, @Param("day") LocalDate day);

    /** Per org unit id, how many employees have started and not left on the day. */
    @Query("""
            select e.orgUnit.id, count(e) from EmployeeEntity e
            where e.startDate <= :day and (e.endDate is null or e.endDate >= :day) group by e.orgUnit.id""")
    List<Object[]> countActiveByUnit(@Param("day") LocalDate day);

    /** Pairs of employee id and platform role name, for every employee with an account. */
    @Query(value = "select a.employee_id, r.role from user_account a join user_account_role r on r.account_id = a.id",
            nativeQuery = true)
    List<Object[]> findAccountRoles();

    @Query("select count(e) from EmployeeEntity e where e.manager.id = :managerId")
    long countDirectReports(@Param("managerId") long managerId);
}
