package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import app.uptake.training.TrainingModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizGraderTest {

    private static final LocalizedText T = new LocalizedText("t", "t");

    private static TrainingModule.Question single(String id, String correct) {
        return new TrainingModule.Question(id, false, T, List.of(option("a", correct), option("b", correct),
                option("c", correct)), T);
    }

    private static TrainingModule.Option option(String id, String correct) {
        return new TrainingModule.Option(id, T, correct.contains(id));
    }

    private static TrainingModule.Question multiple(String id, String correct) {
        return new TrainingModule.Question(id, true, T, List.of(option("a", correct), option("b", correct),
                option("c", correct), option("d", correct)), T);
    }

    // five questions: q1 a, q2 b, q3 a+c, q4 c, q5 b+d
    private final List<TrainingModule.Question> quiz = List.of(single("q1", "a"), single("q2", "b"),
            multiple("q3", "ac"), single("q4", "c"), multiple("q5", "bd"));

    @Test
    void aQuestionCountsOnlyWithExactlyItsCorrectOptions() {
        Map<String, Set<String>> answers = Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of("a"),
                "q4", Set.of("c"), "q5", Set.of("b", "c", "d"));
        QuizGrader.Grading grading = QuizGrader.grade(quiz, answers, 80);
        // q3 misses c, q5 has the extra c: 3 of 5 = 60 %
        assertThat(grading.correctByQuestion()).containsExactly(Map.entry("q1", true), Map.entry("q2", true),
                Map.entry("q3", false), Map.entry("q4", true), Map.entry("q5", false));
        assertThat(grading.correct()).isEqualTo(3);
        assertThat(grading.scorePercent()).isEqualTo(60);
        assertThat(grading.passed()).isFalse();
    }

    @Test
    void thePassMarkIsMetExactlyWithoutRounding() {
        Map<String, Set<String>> fourOfFive = Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of("a", "c"),
                "q4", Set.of("c"), "q5", Set.of("b"));
        assertThat(QuizGrader.grade(quiz, fourOfFive, 80).passed()).isTrue();   // 4 × 100 = 400 ≥ 80 × 5 = 400
        assertThat(QuizGrader.grade(quiz, fourOfFive, 81).passed()).isFalse();  // 400 < 405
        // 2 of 3 is 66.67 %: shown as 66, and it does not pass a mark of 67
        List<TrainingModule.Question> three = quiz.subList(0, 3);
        QuizGrader.Grading twoOfThree = QuizGrader.grade(three, Map.of("q1", Set.of("a"), "q2", Set.of("b"),
                "q3", Set.of("a")), 67);
        assertThat(twoOfThree.scorePercent()).isEqualTo(66);
        assertThat(twoOfThree.passed()).isFalse();
        assertThat(QuizGrader.grade(three, Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of("a")), 66)
                .passed()).isTrue();
    }

    @Test
    void unansweredQuestionsAreNamedAtTheFirstOne() {
        Map<String, Set<String>> answers = new HashMap<>(Map.of("q1", Set.of("a"), "q3", Set.of(), "q4", Set.of("c")));
        assertThatThrownBy(() -> QuizGrader.check(quiz, answers)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("training.quiz.unanswered");
            assertThat(e.field()).isEqualTo("q2");
            assertThat(e.args()).containsExactly("2, 3, 5");
        });
    }

    @Test
    void answersThatCannotComeFromTheFormAreRefusedAsTampered() {
        Map<String, Set<String>> complete = Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of("a", "c"),
                "q4", Set.of("c"), "q5", Set.of("b", "d"));
        QuizGrader.check(quiz, complete);
        for (Map<String, Set<String>> bad : List.of(with(complete, "q9", Set.of("a")), with(complete, "q1", Set.of("z")),
                with(complete, "q1", Set.of("a", "b")))) {
            assertThatThrownBy(() -> QuizGrader.check(quiz, bad)).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("training.quiz.tampered"));
        }
    }

    private static Map<String, Set<String>> with(Map<String, Set<String>> answers, String question, Set<String> chosen) {
        Map<String, Set<String>> changed = new HashMap<>(answers);
        changed.put(question, chosen);
        return changed;
    }
}
