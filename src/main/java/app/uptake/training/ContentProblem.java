package app.uptake.training;

/**
 * One thing wrong with a training module's files.
 *
 * @param moduleId the module, named by its folder
 * @param file     the file, relative to the module folder, or null when the problem concerns the module as a whole
 * @param line     the 1-based line in the file, 0 when unknown
 * @param code     a stable key such as {@code unknownKey} or {@code noCorrectOption}
 * @param detail   the offending thing: a key path, language, question or option id, image path, value
 */
public record ContentProblem(String moduleId, String file, int line, String code, String detail) {

    /** An English one-line message, such as {@code module-id/quiz.yaml line 12: question q3 has no correct option}. */
    public String describe() {
        var where = new StringBuilder(moduleId);
        if (file != null) {
            where.append('/').append(file);
        }
        if (line > 0) {
            where.append(" line ").append(line);
        }
        return where + ": " + message();
    }

    private String message() {
        return switch (code) {
            case "unknownKey" -> "unknown key " + detail;
            case "missingKey" -> "required key " + detail + " is missing";
            case "duplicateKey" -> "key " + detail + " appears more than once";
            case "missingTranslation" -> "missing translation " + detail;
            case "noCorrectOption" -> "question " + detail + " has no correct option";
            case "severalCorrectOptions" -> "single-choice question " + detail + " has more than one correct option";
            case "questionCount" -> "the quiz has " + detail + " questions, 6 to 10 are required";
            case "optionCount" -> "question " + detail + " options, 3 to 5 are required";
            case "duplicateId" -> "duplicate id " + detail;
            case "brokenImage" -> "image " + detail + " is not a file beside the lessons";
            case "badImage" -> "image file " + detail + " is not a valid image";
            case "badSvg" -> "SVG not allowed: " + detail;
            case "badLink" -> "link " + detail + " is not an absolute https:// address";
            case "rawHtml" -> "raw HTML is not allowed: " + detail;
            case "noTitle" -> "the first line is not a '# Title' heading";
            case "badLessonName" -> "lesson file name " + detail + " is not NN-slug.en.md or NN-slug.de.md";
            case "lessonGap" -> "lesson " + detail + " is missing in the numbering";
            case "lessonCount" -> "the module has " + detail + " lessons, 3 to 6 are required";
            case "slugMismatch" -> "lesson slugs differ between languages: " + detail;
            case "unknownPrerequisite" -> "prerequisite " + detail + " is not a module";
            case "prerequisiteCycle" -> "prerequisites form a cycle: " + detail;
            case "idMismatch" -> "id " + detail + " does not equal the folder name";
            case "badVersion" -> "version " + detail + " is not MAJOR.MINOR.PATCH";
            case "badValue" -> "bad value " + detail;
            case "unknownOrgUnit" -> "org unit " + detail + " does not exist";
            case "yamlSyntax" -> "YAML syntax error: " + detail;
            case "badEncoding" -> "file " + detail + " is not valid UTF-8";
            case "missingFile" -> "file " + detail + " is missing";
            case "unexpectedFile" -> "unexpected file " + detail;
            default -> code + ": " + detail;
        };
    }
}
