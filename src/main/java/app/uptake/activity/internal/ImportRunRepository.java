package app.uptake.activity.internal;

import app.uptake.activity.ImportStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRunRepository extends JpaRepository<ImportRunEntity, Long> {

    List<ImportRunEntity> findByStatusIn(List<ImportStatus> statuses);
}
