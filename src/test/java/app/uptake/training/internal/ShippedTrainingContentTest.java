package app.uptake.training.internal;

import app.uptake.training.ContentProblem;
import app.uptake.training.TrainingModule;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedTrainingContentTest {

    @Test
    void theShippedModulesAreAllValid() {
        var report = TrainingContentReader.read(Path.of("training-content"));

        assertThat(report.problems())
                .withFailMessage(() -> "Problems in training-content:\n" + report.problems().stream()
                        .map(ContentProblem::describe).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(report.invalidModuleIds()).isEmpty();
        assertThat(report.valid()).hasSizeGreaterThanOrEqualTo(8);
        for (TrainingModule module : report.valid()) {
            assertThat(module.lessons()).as(module.id()).hasSizeBetween(3, 6);
            assertThat(module.lessons()).as(module.id()).allSatisfy(lesson -> {
                assertThat(lesson.markdownByLanguage()).containsOnlyKeys("en", "de");
                assertThat(lesson.titleByLanguage().get("en")).isNotBlank();
                assertThat(lesson.titleByLanguage().get("de")).isNotBlank();
            });
            assertThat(module.quiz()).as(module.id()).hasSizeBetween(6, 10);
        }
    }

    @Test
    void theGoalMapImagesAreServedWithTheirModule() {
        var report = TrainingContentReader.read(Path.of("training-content"));

        assertThat(report.valid()).filteredOn(module -> module.id().equals("goal-map-and-metrics"))
                .singleElement()
                .satisfies(module -> assertThat(module.images()).containsOnlyKeys("goal-map.en.svg", "goal-map.de.svg"));
    }
}
