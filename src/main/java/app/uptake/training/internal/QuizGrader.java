package app.uptake.training.internal;

import app.uptake.shared.BusinessRuleException;
import app.uptake.training.TrainingModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a quiz submission against the questions and grades it: a question counts only when exactly its correct
 * options were chosen, and the quiz is passed when correct × 100 ≥ pass mark × questions (no rounding involved).
 */
public final class QuizGrader {

    private QuizGrader() {
    }

    /** The outcome per question, in quiz order, and the totals. */
    public record Grading(Map<String, Boolean> correctByQuestion, int correct, int total, boolean passed) {

        /** Whole percent, rounded down, so that a shown 79 % never passes a pass mark of 80. */
        public int scorePercent() {
            return total == 0 ? 0 : correct * 100 / total;
        }
    }

    /**
     * Refuses a submission that does not fit the quiz: an unknown question or option, or several options for a
     * single-choice question, can only come from a tampered request; an unanswered question is named so the
     * learner can answer it.
     *
     * @throws BusinessRuleException {@code training.quiz.tampered}, or {@code training.quiz.unanswered} on the
     *                               field of the first unanswered question with the numbers of all of them
     */
    public static void check(List<TrainingModule.Question> quiz, Map<String, Set<String>> answers) {
        Map<String, TrainingModule.Question> byId = new LinkedHashMap<>();
        quiz.forEach(q -> byId.put(q.id(), q));
        for (Map.Entry<String, Set<String>> answer : answers.entrySet()) {
            TrainingModule.Question question = byId.get(answer.getKey());
            Set<String> chosen = answer.getValue() == null ? Set.of() : answer.getValue();
            if (question == null) {
                throw new BusinessRuleException("training.quiz.tampered");
            }
            Set<String> options = question.options().stream().map(TrainingModule.Option::id).collect(Collectors.toSet());
            if (!options.containsAll(chosen) || (!question.multiple() && chosen.size() > 1)) {
                throw new BusinessRuleException("training.quiz.tampered");
            }
        }
        List<Integer> unanswered = new ArrayList<>();
        String firstUnanswered = null;
        for (int i = 0; i < quiz.size(); i++) {
            Set<String> chosen = answers.get(quiz.get(i).id());
            if (chosen == null || chosen.isEmpty()) {
                unanswered.add(i + 1);
                firstUnanswered = firstUnanswered == null ? quiz.get(i).id() : firstUnanswered;
            }
        }
        if (!unanswered.isEmpty()) {
            throw BusinessRuleException.onField(firstUnanswered, "training.quiz.unanswered",
                    unanswered.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    /** Grades a submission that passed {@link #check}. */
    public static Grading grade(List<TrainingModule.Question> quiz, Map<String, Set<String>> answers, int passMark) {
        Map<String, Boolean> outcome = new LinkedHashMap<>();
        int correct = 0;
        for (TrainingModule.Question question : quiz) {
            Set<String> right = question.options().stream().filter(TrainingModule.Option::correct)
                    .map(TrainingModule.Option::id).collect(Collectors.toSet());
            boolean ok = right.equals(answers.getOrDefault(question.id(), Set.of()));
            outcome.put(question.id(), ok);
            correct += ok ? 1 : 0;
        }
        return new Grading(outcome, correct, quiz.size(), correct * 100 >= passMark * quiz.size());
    }
}
