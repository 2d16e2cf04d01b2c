package app.uptake.organization.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByUsernameIgnoreCase(String username);

    Optional<UserAccountEntity> findByEmployeeId(Long employeeId);
}
