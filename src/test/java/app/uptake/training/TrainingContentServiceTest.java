package app.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class TrainingContentServiceTest extends UiTest {

    @Autowired
    TrainingContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProgramOfficeReloadsTheShippedModulesAndAllAreLive() {
        signInAs(DemoLogins.ADMIN);
        ContentStatus status = content.reload();
        assertThat(status.problems()).isEmpty();
        assertThat(status.modules()).filteredOn(m -> !m.moduleId().startsWith("test-")).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(m -> {
                    assertThat(m.state()).isEqualTo(ModuleStatus.State.LIVE);
                    assertThat(m.liveVersion()).isEqualTo(m.filesVersion());
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TRAINING_CONTENT_RELOADED'",
                Long.class)).isPositive();
    }

    @Test
    void nobodyElseSeesOrReloadsTheContent() {
        for (String login : new String[] {DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE}) {
            signInAs(login);
            assertThatThrownBy(() -> content.status()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> content.reload()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
