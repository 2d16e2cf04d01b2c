package app.uptake.activity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataSourceRepository extends JpaRepository<DataSourceEntity, Long> {

    Optional<DataSourceEntity> findByCode(String code);
}
