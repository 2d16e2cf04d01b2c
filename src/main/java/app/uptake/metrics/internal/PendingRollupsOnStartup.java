package app.uptake.metrics.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Finishes rollups that a bulk import noted but could not process before the application stopped. */
@Component
@Order(-5)
class PendingRollupsOnStartup implements ApplicationRunner {

    private final RollupWriter rollups;

    PendingRollupsOnStartup(RollupWriter rollups) {
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        rollups.processPending();
    }
}
