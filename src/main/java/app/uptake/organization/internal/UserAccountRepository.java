package app.uptake.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByUsernameIgnoreCase(String username);

    Optional<UserAccountEntity> findByEmployeeId(Long employeeId);

    @Query("select a from UserAccountEntity a join fetch a.employee e where a.enabled = true and e.endDate < :today")
    List<UserAccountEntity> findEnabledOfLeavers(@Param("today") LocalDate today);
}
