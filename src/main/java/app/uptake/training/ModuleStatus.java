package app.uptake.training;

import app.uptake.shared.LocalizedText;
import java.time.Instant;

/**
 * One training module as the program office sees it: the version in force (if any) next to what its files say
 * now. {@code filesVersion} is null when the folder is gone or its module.yaml cannot be read.
 */
public record ModuleStatus(String moduleId, LocalizedText title, String liveVersion, Instant liveSince,
        String filesVersion, State state, int lessons, int questions) {

    public enum State {
        /** The files are valid and are the version in force. */
        LIVE,
        /** The files have problems or cannot be published; an earlier valid version stays in force. */
        PROBLEMS_EARLIER_VERSION_LIVE,
        /** The files have problems and no version was ever published: learners do not see the module. */
        PROBLEMS_NOT_PUBLISHED,
        /** The folder is gone; the last version stays in force for the people who have it. */
        FILES_MISSING;

        public String messageKey() {
            return "trainingContent.state." + name();
        }
    }
}
