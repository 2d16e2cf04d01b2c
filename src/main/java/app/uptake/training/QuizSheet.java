package app.uptake.training;

import java.util.List;

/**
 * A quiz as the learner sees it: the questions and options in their language, without the answer key.
 *
 * @param attemptToken identifies the open attempt; the submission must carry it
 */
public record QuizSheet(String attemptToken, String moduleId, String moduleTitle, String version, int passMark,
        List<Question> questions) {

    public QuizSheet {
        questions = List.copyOf(questions);
    }

    /** @param number 1-based position in the quiz */
    public record Question(String id, int number, boolean multiple, String text, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String id, String text) {
    }
}
