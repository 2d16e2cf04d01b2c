package app.uptake.training;

import app.uptake.organization.JobRole;
import app.uptake.shared.LocalizedText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A training module read from its folder and found valid; see {@code training-content/README.md} for the format.
 *
 * @param version              semantic version {@code MAJOR.MINOR.PATCH}
 * @param recertifyAfterMonths null for no recertification
 * @param dueWithinDays        null only for a module that is not mandatory and names no due period
 * @param lessons              in order of their position
 * @param quiz                 the questions in file order
 * @param images               image file name → content, for serving beside the lessons
 * @param contentHash          SHA-256 (hex) over all files of the module in name order; any change changes it
 */
public record TrainingModule(
        String id,
        String version,
        LocalizedText title,
        LocalizedText summary,
        Audience audience,
        int estimatedMinutes,
        List<String> prerequisites,
        int passMark,
        Integer recertifyAfterMonths,
        boolean mandatory,
        Integer dueWithinDays,
        List<Lesson> lessons,
        List<Question> quiz,
        Map<String, byte[]> images,
        String contentHash) {

    public TrainingModule {
        prerequisites = List.copyOf(prerequisites);
        lessons = List.copyOf(lessons);
        quiz = List.copyOf(quiz);
        images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
    }

    /** The MAJOR part of the version; completions of an earlier major version must be repeated. */
    public int majorVersion() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /**
     * Who gets the module assigned: a person matches when they match every non-empty set; all empty = everybody.
     */
    public record Audience(Set<String> roles, Set<JobRole> jobRoles, Set<String> orgUnitCodes) {

        public Audience {
            roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
            jobRoles = Collections.unmodifiableSet(new LinkedHashSet<>(jobRoles));
            orgUnitCodes = Collections.unmodifiableSet(new LinkedHashSet<>(orgUnitCodes));
        }

        public boolean everybody() {
            return roles.isEmpty() && jobRoles.isEmpty() && orgUnitCodes.isEmpty();
        }
    }

    /**
     * One lesson in both languages.
     *
     * @param position           1-based, from the file name's {@code NN}
     * @param titleByLanguage    "en"/"de" → the text of the first-line {@code # } heading
     * @param markdownByLanguage "en"/"de" → the whole file, title line included
     */
    public record Lesson(int position, String slug, Map<String, String> titleByLanguage,
                         Map<String, String> markdownByLanguage) {

        public Lesson {
            titleByLanguage = Map.copyOf(titleByLanguage);
            markdownByLanguage = Map.copyOf(markdownByLanguage);
        }
    }

    /** A quiz question; {@code multiple} = select all that apply, otherwise exactly one option is correct. */
    public record Question(String id, boolean multiple, LocalizedText text, List<Option> options,
                           LocalizedText explanation) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String id, LocalizedText text, boolean correct) {
    }
}
