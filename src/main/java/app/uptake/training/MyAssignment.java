package app.uptake.training;

import java.time.LocalDate;

/**
 * One module assigned to the signed-in learner, as My training shows it.
 *
 * @param title       in the learner's language
 * @param lessonsRead lessons of the module in force the learner has opened
 * @param nextLesson  the lesson to open: where the learner stopped, or the first one
 * @param started     at least one lesson was opened
 * @param recertifying completed before, and to be completed again (new major version or expiring certificate)
 * @param certificateCode the learner's newest certificate of the module, else null
 */
public record MyAssignment(String moduleId, String title, TrainingStatus status, LocalDate dueOn, boolean mandatory,
        int lessonsRead, int lessonCount, int nextLesson, boolean started, boolean recertifying,
        String certificateCode) {

    /** Every lesson is read and the module is not completed: the quiz is next. */
    public boolean quizReady() {
        return status != TrainingStatus.COMPLETED && lessonCount > 0 && lessonsRead >= lessonCount;
    }

    /** Share of lessons read, 0 to 1. */
    public double progress() {
        return lessonCount == 0 ? 0 : Math.min(1.0, (double) lessonsRead / lessonCount);
    }
}
