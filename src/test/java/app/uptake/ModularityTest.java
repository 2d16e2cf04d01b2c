package app.uptake;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }
}
