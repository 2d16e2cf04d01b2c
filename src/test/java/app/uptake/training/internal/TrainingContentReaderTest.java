package app.uptake.training.internal;

import app.uptake.organization.JobRole;
import app.uptake.shared.LocalizedText;
import app.uptake.training.ContentProblem;
import app.uptake.training.ContentReport;
import app.uptake.training.TrainingModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TrainingContentReaderTest {

    @TempDir
    Path content;

    // ---- a valid module --------------------------------------------------------------------------------------------

    @Test
    void readsAValidModuleCompletely() throws IOException {
        writeModule("basics");

        var report = TrainingContentReader.read(content);

        assertThat(report.problems()).isEmpty();
        assertThat(report.invalidModuleIds()).isEmpty();
        var module = report.valid().getFirst();
        assertThat(module.id()).isEqualTo("basics");
        assertThat(module.version()).isEqualTo("1.0.0");
        assertThat(module.majorVersion()).isEqualTo(1);
        assertThat(module.title()).isEqualTo(new LocalizedText("Title basics", "Titel basics"));
        assertThat(module.summary()).isEqualTo(new LocalizedText("Summary.", "Zusammenfassung."));
        assertThat(module.audience().roles()).containsExactly("EMPLOYEE");
        assertThat(module.audience().jobRoles()).containsExactly(JobRole.ACCOUNT_EXECUTIVE);
        assertThat(module.audience().orgUnitCodes()).isEmpty();
        assertThat(module.estimatedMinutes()).isEqualTo(20);
        assertThat(module.prerequisites()).isEmpty();
        assertThat(module.passMark()).isEqualTo(80);
        assertThat(module.recertifyAfterMonths()).isEqualTo(12);
        assertThat(module.mandatory()).isTrue();
        assertThat(module.dueWithinDays()).isEqualTo(30);

        assertThat(module.lessons()).extracting(TrainingModule.Lesson::position, TrainingModule.Lesson::slug)
                .containsExactly(tuple(1, "first"), tuple(2, "second"), tuple(3, "third"));
        assertThat(module.lessons().get(1).titleByLanguage())
                .isEqualTo(Map.of("en", "Lesson second", "de", "Lektion second"));
        assertThat(module.lessons().getFirst().markdownByLanguage().get("en")).contains("![Diagram](diagram.svg)");

        assertThat(module.quiz()).hasSize(6);
        assertThat(module.quiz()).extracting(TrainingModule.Question::id)
                .containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
        var q2 = module.quiz().get(1);
        assertThat(q2.multiple()).isTrue();
        assertThat(q2.text()).isEqualTo(new LocalizedText("Question 2? (select all that apply)",
                "Frage 2? (alle zutreffenden auswählen)"));
        assertThat(q2.options()).extracting(TrainingModule.Option::id, TrainingModule.Option::correct)
                .containsExactly(tuple("a", true), tuple("b", true), tuple("c", false));
        assertThat(module.quiz().get(2).multiple()).isFalse();
        assertThat(module.quiz().get(2).options()).extracting(TrainingModule.Option::correct)
                .containsExactly(true, false, false);
        assertThat(module.quiz().get(2).explanation()).isEqualTo(new LocalizedText("Because 3.", "Weil 3."));
        assertThat(module.images()).containsOnlyKeys("diagram.svg");
    }

    @Test
    void theContentHashIsStableAndChangesWithAnyLesson() throws IOException {
        writeModule("basics");

        var first = TrainingContentReader.read(content).valid().getFirst().contentHash();
        var second = TrainingContentReader.read(content).valid().getFirst().contentHash();
        replace("basics/03-third.de.md", "Etwas Text.", "Etwas anderer Text.");
        var edited = TrainingContentReader.read(content).valid().getFirst().contentHash();

        assertThat(first).hasSize(64).isEqualTo(second);
        assertThat(edited).isNotEqualTo(first);
    }

    @Test
    void oneInvalidModuleDoesNotStopTheOthers() throws IOException {
        writeModule("basics");
        writeModule("broken", "basics");
        writeModule("advanced", "broken");
        replace("broken/module.yaml", "passMark: 80", "passMark: 180");

        var report = TrainingContentReader.read(content);

        assertThat(report.valid()).extracting(TrainingModule::id).containsExactly("advanced", "basics");
        assertThat(report.invalidModuleIds()).containsExactly("broken");
        assertOnlyProblem(report, "broken", "module.yaml", 15, "badValue",
                "passMark: 180, expected an integer from 1 to 100");
        assertThat(report.valid().getFirst().prerequisites()).containsExactly("broken");
    }

    // ---- module.yaml -----------------------------------------------------------------------------------------------

    @Test
    void anUnknownKeyInModuleYaml() throws IOException {
        writeModule("basics");
        append("basics/module.yaml", "colour: blue\n");

        assertOnlyProblem(read(), "basics", "module.yaml", 19, "unknownKey", "colour");
    }

    @Test
    void anUnknownKeyInTheAudience() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "  orgUnits: []", "  orgUnit: []");

        assertOnlyProblem(read(), "basics", "module.yaml", 12, "unknownKey", "audience.orgUnit");
    }

    @Test
    void aLanguageOtherThanEnglishAndGerman() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "  de: Zusammenfassung.\n", "  de: Zusammenfassung.\n  fr: Résumé.\n");

        assertOnlyProblem(read(), "basics", "module.yaml", 9, "unknownKey", "summary.fr");
    }

    @Test
    void aMissingGermanTitle() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "  de: Titel basics\n", "");

        assertOnlyProblem(read(), "basics", "module.yaml", 4, "missingTranslation", "title.de");
    }

    @Test
    void anIdDifferentFromTheFolderName() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "id: basics", "id: basic");

        assertOnlyProblem(read(), "basics", "module.yaml", 1, "idMismatch", "basic");
    }

    @Test
    void aVersionThatIsNotSemantic() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "version: 1.0.0", "version: 1.0");

        assertOnlyProblem(read(), "basics", "module.yaml", 2, "badVersion", "1.0");
    }

    @Test
    void aMissingRequiredKey() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "estimatedMinutes: 20\n", "");

        assertOnlyProblem(read(), "basics", "module.yaml", 1, "missingKey", "estimatedMinutes");
    }

    @Test
    void anUnknownJobRole() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "[ACCOUNT_EXECUTIVE]", "[ACCOUNT_EXECUTIVE, SALESMAN]");

        assertOnlyProblem(read(), "basics", "module.yaml", 11, "badValue", "audience.jobRoles: SALESMAN, not a job role");
    }

    @Test
    void anOrgUnitThatDoesNotExist() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "  orgUnits: []", "  orgUnits: [SALES-DE, NOWHERE]");

        var report = TrainingContentReader.read(content, Set.of("SALES-DE")::contains);

        assertOnlyProblem(report, "basics", "module.yaml", 12, "unknownOrgUnit", "NOWHERE");
    }

    @Test
    void aYamlSyntaxError() throws IOException {
        writeModule("basics");
        replace("basics/module.yaml", "  en: Title basics", "  en: Title: basics");

        assertOnlyProblem(read(), "basics", "module.yaml", 4, "yamlSyntax", "mapping values are not allowed here");
    }

    // ---- prerequisites ---------------------------------------------------------------------------------------------

    @Test
    void anUnknownPrerequisite() throws IOException {
        writeModule("basics", "nowhere");

        assertOnlyProblem(read(), "basics", "module.yaml", 14, "unknownPrerequisite", "nowhere");
    }

    @Test
    void aPrerequisiteCycleBetweenTwoModules() throws IOException {
        writeModule("alpha", "beta");
        writeModule("beta", "alpha");
        writeModule("gamma", "alpha");

        var report = read();

        assertThat(report.problems())
                .extracting(ContentProblem::moduleId, ContentProblem::file, ContentProblem::line,
                        ContentProblem::code, ContentProblem::detail)
                .containsExactly(
                        tuple("alpha", "module.yaml", 14, "prerequisiteCycle", "alpha -> beta -> alpha"),
                        tuple("beta", "module.yaml", 14, "prerequisiteCycle", "beta -> alpha -> beta"));
        assertThat(report.invalidModuleIds()).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(report.valid()).extracting(TrainingModule::id).containsExactly("gamma");
    }

    @Test
    void aModuleThatRequiresItself() throws IOException {
        writeModule("basics", "basics");

        assertOnlyProblem(read(), "basics", "module.yaml", 14, "prerequisiteCycle", "basics -> basics");
    }

    // ---- lessons ---------------------------------------------------------------------------------------------------

    @Test
    void aLessonOnlyInEnglish() throws IOException {
        writeModule("basics");
        Files.delete(content.resolve("basics/02-second.de.md"));

        assertOnlyProblem(read(), "basics", "02-second.en.md", 0, "missingTranslation", "02-second.de.md");
    }

    @Test
    void aGapInTheLessonNumbers() throws IOException {
        writeModule("basics");
        Files.move(content.resolve("basics/03-third.en.md"), content.resolve("basics/04-third.en.md"));
        Files.move(content.resolve("basics/03-third.de.md"), content.resolve("basics/04-third.de.md"));

        assertOnlyProblem(read(), "basics", null, 0, "lessonGap", "03");
    }

    @Test
    void aLessonWithoutTitle() throws IOException {
        writeModule("basics");
        replace("basics/02-second.de.md", "# Lektion second", "Lektion second");

        assertOnlyProblem(read(), "basics", "02-second.de.md", 1, "noTitle", "02-second.de.md");
    }

    @Test
    void aBrokenImageLink() throws IOException {
        writeModule("basics");
        replace("basics/01-first.en.md", "(diagram.svg)", "(diagramm.svg)");

        assertOnlyProblem(read(), "basics", "01-first.en.md", 5, "brokenImage", "diagramm.svg");
    }

    @Test
    void anImageOutsideTheModuleFolder() throws IOException {
        writeModule("basics");
        Files.copy(content.resolve("basics/diagram.svg"), content.resolve("diagram.svg"));
        replace("basics/01-first.de.md", "(diagram.svg)", "(../diagram.svg)");

        assertOnlyProblem(read(), "basics", "01-first.de.md", 5, "brokenImage", "../diagram.svg");
    }

    @Test
    void anImageFromTheWeb() throws IOException {
        writeModule("basics");
        replace("basics/01-first.de.md", "(diagram.svg)", "(https://example.com/diagram.svg)");

        assertOnlyProblem(read(), "basics", "01-first.de.md", 5, "brokenImage", "https://example.com/diagram.svg");
    }

    @Test
    void rawHtmlInALesson() throws IOException {
        writeModule("basics");
        append("basics/03-third.en.md", "\n<div class=\"box\">Boxed</div>\n");

        assertOnlyProblem(read(), "basics", "03-third.en.md", 11, "rawHtml", "<div class=\"box\">Boxed</div>");
    }

    @Test
    void inlineHtmlAndCommentsAreRawHtmlToo() throws IOException {
        writeModule("basics");
        replace("basics/03-third.de.md", "Etwas Text.", "Etwas <b>fetter</b> Text.\n\n<!-- note -->");

        var report = read();

        assertThat(report.problems()).extracting(ContentProblem::code, ContentProblem::line, ContentProblem::detail)
                .containsExactly(tuple("rawHtml", 3, "<b>"), tuple("rawHtml", 3, "</b>"),
                        tuple("rawHtml", 5, "<!-- note -->"));
    }

    @Test
    void aLessonThatIsNotUtf8() throws IOException {
        writeModule("basics");
        Files.write(content.resolve("basics/02-second.de.md"),
                "# Lektion second\n\nGrüße.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertOnlyProblem(read(), "basics", "02-second.de.md", 0, "badEncoding", "02-second.de.md");
    }

    @Test
    void anSvgWithAScript() throws IOException {
        writeModule("basics");
        replace("basics/diagram.svg", "</svg>", "<script>alert(1)</script></svg>");

        assertOnlyProblem(read(), "basics", "diagram.svg", 0, "badSvg", "script element");
    }

    // ---- quiz.yaml -------------------------------------------------------------------------------------------------

    @Test
    void anUnknownKeyInAQuizQuestion() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "  - id: q3\n    type: single\n", "  - id: q3\n    type: single\n    hint: none\n");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(3) + 2, "unknownKey", "questions[q3].hint");
    }

    @Test
    void anUnknownKeyInAnOption() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "{en: \"Q4 B\", de: \"F4 B\"}\n", "{en: \"Q4 B\", de: \"F4 B\"}\n        weight: 2\n");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(4) + 11, "unknownKey",
                "questions[q4].options[b].weight");
    }

    @Test
    void aQuestionWithoutCorrectOption() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "{en: \"Q3 A\", de: \"F3 A\"}\n        correct: true",
                "{en: \"Q3 A\", de: \"F3 A\"}\n        correct: false");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(3), "noCorrectOption", "q3");
    }

    @Test
    void aSingleChoiceQuestionWithTwoCorrectOptions() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "{en: \"Q5 C\", de: \"F5 C\"}\n        correct: false",
                "{en: \"Q5 C\", de: \"F5 C\"}\n        correct: true");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(5), "severalCorrectOptions", "q5: a, c");
    }

    @Test
    void aMissingGermanOptionText() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "{en: \"Q6 B\", de: \"F6 B\"}", "{en: \"Q6 B\"}");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(6) + 10, "missingTranslation",
                "questions[q6].options[b].text.de");
    }

    @Test
    void aDuplicateQuestionId() throws IOException {
        writeModule("basics");
        replace("basics/quiz.yaml", "  - id: q6\n", "  - id: q5\n");

        assertOnlyProblem(read(), "basics", "quiz.yaml", questionLine(6), "duplicateId", "q5");
    }

    @Test
    void tooFewQuestions() throws IOException {
        writeModule("basics");
        var quiz = content.resolve("basics/quiz.yaml");
        var lines = Files.readAllLines(quiz);
        Files.write(quiz, lines.subList(0, questionLine(6) - 1));

        assertOnlyProblem(read(), "basics", "quiz.yaml", 2, "questionCount", "5");
    }

    @Test
    void aMissingQuiz() throws IOException {
        writeModule("basics");
        Files.delete(content.resolve("basics/quiz.yaml"));

        assertOnlyProblem(read(), "basics", null, 0, "missingFile", "quiz.yaml");
    }

    @Test
    void problemsDescribeThemselvesInOneLine() {
        var problem = new ContentProblem("basics", "quiz.yaml", 12, "noCorrectOption", "q3");

        assertThat(problem.describe()).isEqualTo("basics/quiz.yaml line 12: question q3 has no correct option");
        assertThat(new ContentProblem("basics", null, 0, "lessonGap", "03").describe())
                .isEqualTo("basics: lesson 03 is missing in the numbering");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private ContentReport read() {
        return TrainingContentReader.read(content);
    }

    private static void assertOnlyProblem(ContentReport report, String moduleId, String file, int line, String code,
                                          String detail) {
        assertThat(report.problems())
                .withFailMessage(() -> "Expected only %s %s but got:%n%s".formatted(code, detail,
                        report.problems().stream().map(ContentProblem::describe).collect(Collectors.joining("\n"))))
                .containsExactly(new ContentProblem(moduleId, file, line, code, detail));
        assertThat(report.invalidModuleIds()).contains(moduleId);
        assertThat(report.valid()).extracting(TrainingModule::id).doesNotContain(moduleId);
    }

    /** The line of {@code - id: qN} in the quiz written by {@link #writeModule}. */
    private static int questionLine(int question) {
        return 2 + 18 * (question - 1);
    }

    private void replace(String file, String text, String replacement) throws IOException {
        var path = content.resolve(file);
        var before = Files.readString(path);
        assertThat(before).as(file).contains(text);
        Files.writeString(path, before.replace(text, replacement));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), Files.readString(content.resolve(file)) + text);
    }

    /** A valid module: 3 lessons in English and German, 6 questions (q2 multiple choice), one image. */
    private void writeModule(String id, String... prerequisites) throws IOException {
        var folder = Files.createDirectories(content.resolve(id));
        Files.writeString(folder.resolve("module.yaml"), """
                id: %s
                version: 1.0.0
                title:
                  en: Title %s
                  de: Titel %s
                summary:
                  en: Summary.
                  de: Zusammenfassung.
                audience:
                  roles: [EMPLOYEE]
                  jobRoles: [ACCOUNT_EXECUTIVE]
                  orgUnits: []
                estimatedMinutes: 20
                prerequisites: [%s]
                passMark: 80
                recertifyAfterMonths: 12
                mandatory: true
                dueWithinDays: 30
                """.formatted(id, id, id, String.join(", ", prerequisites)));
        for (var slug : List.of("first", "second", "third")) {
            var position = "%02d".formatted(List.of("first", "second", "third").indexOf(slug) + 1);
            Files.writeString(folder.resolve(position + "-" + slug + ".en.md"), """
                    # Lesson %s

                    Some text.

                    ![Diagram](diagram.svg)

                    ## In practice

                    - Do it.
                    """.formatted(slug));
            Files.writeString(folder.resolve(position + "-" + slug + ".de.md"), """
                    # Lektion %s

                    Etwas Text.

                    ![Diagramm](diagram.svg)

                    ## In der Praxis

                    - Machen Sie es.
                    """.formatted(slug));
        }
        Files.writeString(folder.resolve("diagram.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
                """);
        var quiz = new StringBuilder("questions:\n");
        for (int n = 1; n <= 6; n++) {
            var multiple = n == 2;
            quiz.append("""
                      - id: q%1$d
                        type: %2$s
                        text:
                          en: "Question %1$d?%3$s"
                          de: "Frage %1$d?%4$s"
                        options:
                          - id: a
                            text: {en: "Q%1$d A", de: "F%1$d A"}
                            correct: true
                          - id: b
                            text: {en: "Q%1$d B", de: "F%1$d B"}
                            correct: %5$s
                          - id: c
                            text: {en: "Q%1$d C", de: "F%1$d C"}
                            correct: false
                        explanation:
                          en: "Because %1$d."
                          de: "Weil %1$d."
                    """.formatted(n, multiple ? "multiple" : "single", multiple ? " (select all that apply)" : "",
                    multiple ? " (alle zutreffenden auswählen)" : "", multiple));
        }
        Files.writeString(folder.resolve("quiz.yaml"), quiz.toString());
    }
}
