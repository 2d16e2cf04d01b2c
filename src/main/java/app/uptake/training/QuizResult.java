package app.uptake.training;

import java.util.List;

/**
 * A graded quiz attempt.
 *
 * @param scorePercent       whole percent, rounded down
 * @param certificateCode    the verification code of the certificate a pass issued, else null
 * @param minutesUntilRetry  after a failure: minutes until the next attempt is allowed, 0 when at once
 */
public record QuizResult(String moduleId, boolean passed, int correct, int total, int scorePercent, int passMark,
        List<Feedback> feedback, String certificateCode, long minutesUntilRetry) {

    public QuizResult {
        feedback = List.copyOf(feedback);
    }

    /**
     * What the learner answered to one question, and why.
     *
     * @param wrongChoices the texts of the chosen options that are not correct
     * @param missedCount  how many correct options were not chosen
     */
    public record Feedback(String questionId, int number, String question, boolean correct, List<String> wrongChoices,
            int missedCount, String explanation) {

        public Feedback {
            wrongChoices = List.copyOf(wrongChoices);
        }
    }
}
