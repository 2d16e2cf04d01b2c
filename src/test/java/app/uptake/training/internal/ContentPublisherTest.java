package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.UptakeSpringTest;
import app.uptake.training.ContentStatus;
import app.uptake.training.ModuleStatus;
import app.uptake.training.TrainingModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishing on the configured database: a copy of a shipped module under a fresh id goes live, changes need a
 * raised version, and broken or missing files never take the version in force away.
 */
@UptakeSpringTest
class ContentPublisherTest {

    @Autowired
    ContentPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path content;
    String id;
    Path module;

    @BeforeEach
    void copyAShippedModule() throws IOException {
        id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        module = content.resolve(id);
        Path shipped = Path.of("training-content", "crm-way-of-working");
        Files.createDirectories(module);
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                Files.copy(file, module.resolve(file.getFileName()));
            }
        }
        replace("module.yaml", "id: crm-way-of-working", "id: " + id);
    }

    @Test
    void aValidModuleGoesLiveOnceAndStaysTheSameWhenNothingChanged() {
        ModuleStatus status = statusOf(publisher.publish(content));
        assertThat(status.state()).isEqualTo(ModuleStatus.State.LIVE);
        assertThat(status.liveVersion()).isEqualTo("1.0.0");
        assertThat(status.lessons()).isEqualTo(3);
        assertThat(status.questions()).isEqualTo(7);

        publisher.publish(content);
        assertThat(versions()).isEqualTo(1);
        TrainingModule live = publisher.live(id).orElseThrow();
        assertThat(live.title().de()).isEqualTo("CRM ist, wie wir mit Kunden arbeiten");
        assertThat(live.quiz()).hasSize(7);
        assertThat(live.quiz().getFirst().options()).anyMatch(TrainingModule.Option::correct);
    }

    @Test
    void changedContentNeedsARaisedVersionAndThenReplacesTheLiveOne() throws IOException {
        publisher.publish(content);
        replace("01-more-than-software.en.md", "# ", "# Changed: ");

        ContentStatus sameVersion = publisher.publish(content);
        assertThat(statusOf(sameVersion).state()).isEqualTo(ModuleStatus.State.PROBLEMS_EARLIER_VERSION_LIVE);
        assertThat(sameVersion.problems()).anySatisfy(p -> {
            assertThat(p.moduleId()).isEqualTo(id);
            assertThat(p.code()).isEqualTo("versionNotRaised");
        });
        assertThat(publisher.live(id).orElseThrow().lessons().getFirst().titleByLanguage().get("en")).doesNotStartWith("Changed");

        replace("module.yaml", "version: 1.0.0", "version: 1.1.0");
        ModuleStatus raised = statusOf(publisher.publish(content));
        assertThat(raised.state()).isEqualTo(ModuleStatus.State.LIVE);
        assertThat(raised.liveVersion()).isEqualTo("1.1.0");
        assertThat(versions()).isEqualTo(2);
        assertThat(publisher.live(id).orElseThrow().lessons().getFirst().titleByLanguage().get("en")).startsWith("Changed");
    }

    @Test
    void brokenOrMissingFilesLeaveTheLastValidVersionLive() throws IOException {
        publisher.publish(content);
        replace("module.yaml", "version: 1.0.0", "version: 1.2.0");
        replace("quiz.yaml", "correct: true", "correct: false");

        ContentStatus broken = publisher.publish(content);
        assertThat(statusOf(broken).state()).isEqualTo(ModuleStatus.State.PROBLEMS_EARLIER_VERSION_LIVE);
        assertThat(statusOf(broken).liveVersion()).isEqualTo("1.0.0");
        assertThat(statusOf(broken).filesVersion()).isNull();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("noCorrectOption"));
        assertThat(versions()).isEqualTo(1);

        try (Stream<Path> files = Files.walk(module)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        ModuleStatus missing = statusOf(publisher.publish(content));
        assertThat(missing.state()).isEqualTo(ModuleStatus.State.FILES_MISSING);
        assertThat(publisher.live(id)).isPresent();
    }

    @Test
    void aModuleThatWasNeverValidIsNotPublished() throws IOException {
        replace("module.yaml", "passMark:", "colour: blue\npassMark:");
        ContentStatus status = publisher.publish(content);
        assertThat(statusOf(status).state()).isEqualTo(ModuleStatus.State.PROBLEMS_NOT_PUBLISHED);
        assertThat(status.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("unknownKey");
            assertThat(p.file()).isEqualTo("module.yaml");
            assertThat(p.line()).isPositive();
        });
        assertThat(publisher.live(id)).isEmpty();
    }

    private ModuleStatus statusOf(ContentStatus status) {
        return status.modules().stream().filter(m -> m.moduleId().equals(id)).findFirst().orElseThrow();
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from training_module_version where module_id = ?", Integer.class, id);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = module.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
