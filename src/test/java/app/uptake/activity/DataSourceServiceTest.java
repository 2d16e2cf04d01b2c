package app.uptake.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Connector sources on the real Quartz store: scheduled, paused, resumed and run on request. */
class DataSourceServiceTest extends UiTest {

    @Autowired
    DataSourceService sources;
    @Autowired
    Scheduler scheduler;

    @TempDir
    Path inbox;

    @Test
    void aConnectorIsScheduledPausedResumedAndRunOnRequest() throws Exception {
        signInAs(DemoLogins.ADMIN);
        String code = "INBOX-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = Files.writeString(inbox.resolve("export.csv"), "external_id,employee,type,occurred_at\n"
                + code + "-1," + DemoLogins.EMPLOYEE + ",CALL,2006-07-03\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        DataSourceStatus created = sources.createConnector(new ConnectorDraft(code, "CRM export folder",
                DataSourceKind.INBOX_FOLDER, "folder=" + inbox, 30));
        TriggerKey key = TriggerKey.triggerKey("connector-" + created.id(), "activity-connectors");
        Trigger trigger = scheduler.getTrigger(key);
        assertThat(((SimpleTrigger) trigger).getRepeatInterval()).isEqualTo(30 * 60_000L);
        assertThat(created.nextRun()).isAfter(Instant.now().plusSeconds(25 * 60));

        sources.pause(created.id());
        assertThat(scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.PAUSED);
        assertThat(status(created.id()).nextRun()).isNull();
        sources.resume(created.id());
        assertThat(scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.NORMAL);

        sources.runNow(created.id());
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (status(created.id()).lastRun() == null
                || !status(created.id()).lastRun().status().isFinished())) {
            Thread.sleep(200);
        }
        ImportRunSummary run = status(created.id()).lastRun();
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.channel()).isEqualTo(ImportChannel.CONNECTOR);
        assertThat(run.requestedBy()).isEqualTo(DemoLogins.ADMIN);
        assertThat(run.tally().accepted()).isEqualTo(1);
        assertThat(inbox.resolve("processed/export.csv")).exists();
        assertThat(sources.quality(created.id()).eventsStored()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefusedAtTheirField() {
        signInAs(DemoLogins.ADMIN);
        assertThatThrownBy(() -> sources.createConnector(new ConnectorDraft("FEED-X", "Feed", DataSourceKind.HTTP_FEED,
                "url=ftp://example.com", 15))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("settings"));
        assertThatThrownBy(() -> sources.createConnector(new ConnectorDraft("FEED-X", "Feed", DataSourceKind.HTTP_FEED,
                "url=https://crm.example.com/feed", 0))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("intervalMinutes"));
        assertThatThrownBy(() -> sources.createConnector(new ConnectorDraft("FOLDER-X", "Folder",
                DataSourceKind.INBOX_FOLDER, "", 15))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dataSources.error.settingMissing"));
        assertThatThrownBy(() -> sources.createConnector(new ConnectorDraft("UPLOAD", "Clash", DataSourceKind.INBOX_FOLDER,
                "folder=/tmp", 15))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dataSources.error.codeTaken"));
    }

    @Test
    void onlyTheProgramOfficeManagesDataSources() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> sources.list()).isInstanceOf(AccessDeniedException.class);
    }

    private DataSourceStatus status(long id) {
        return sources.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
