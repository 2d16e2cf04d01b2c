package app.uptake.training.internal;

import app.uptake.organization.JobRole;
import app.uptake.organization.Role;
import app.uptake.shared.LocalizedText;
import app.uptake.training.TrainingModule;
import app.uptake.training.TrainingModule.Audience;
import app.uptake.training.TrainingModule.Lesson;
import app.uptake.training.TrainingModule.Option;
import app.uptake.training.TrainingModule.Question;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and validates one module folder on its own; checks across modules are left to the caller. */
final class ModuleReader {

    static final String MODULE_YAML = "module.yaml";
    static final String QUIZ_YAML = "quiz.yaml";

    static final Pattern KEBAB_CASE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern SEMANTIC_VERSION = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$");
    private static final Pattern LESSON_FILE = Pattern.compile("^(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.(en|de)\\.md$");

    private static final Set<String> MODULE_KEYS = Set.of("id", "version", "title", "summary", "audience",
            "estimatedMinutes", "prerequisites", "passMark", "recertifyAfterMonths", "mandatory", "dueWithinDays");
    private static final Set<String> AUDIENCE_KEYS = Set.of("roles", "jobRoles", "orgUnits");
    private static final Set<String> QUIZ_KEYS = Set.of("questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "options", "explanation");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct");

    /**
     * What was read from one module folder.
     *
     * @param prerequisites prerequisite id → line in module.yaml, as far as they could be read
     * @param module        the module when the folder on its own has no problem, otherwise null
     */
    record Result(String id, Map<String, Integer> prerequisites, TrainingModule module, Problems problems) {
    }

    private final Path folder;
    private final String id;
    private final Problems problems;
    private final Predicate<String> orgUnitExists;
    private final Map<String, byte[]> files = new TreeMap<>();

    private ModuleReader(Path folder, Predicate<String> orgUnitExists) {
        this.folder = folder;
        this.id = folder.getFileName().toString();
        this.problems = new Problems(id);
        this.orgUnitExists = orgUnitExists;
    }

    static Result read(Path folder, Predicate<String> orgUnitExists) {
        return new ModuleReader(folder, orgUnitExists).read();
    }

    private Result read() {
        if (!KEBAB_CASE.matcher(id).matches()) {
            problems.add(null, 0, "badValue", "folder name " + id + ", expected kebab-case");
        }
        readFiles();
        var metadata = readModuleYaml();
        var quiz = readQuiz();
        var lessons = readLessons();
        var images = new LinkedHashMap<String, byte[]>();
        files.forEach((name, bytes) -> {
            if (LessonCheck.IMAGE_EXTENSIONS.contains(LessonCheck.extension(name))) {
                ImageCheck.check(problems, name, bytes);
                images.put(name, bytes);
            } else if (!name.equals(MODULE_YAML) && !name.equals(QUIZ_YAML) && !name.endsWith(".md")) {
                problems.add(name, 0, "unexpectedFile", name);
            }
        });
        TrainingModule module = null;
        if (problems.isEmpty()) {
            module = new TrainingModule(id, metadata.version, metadata.title, metadata.summary,
                    new Audience(metadata.roles, metadata.jobRoles, metadata.orgUnits), metadata.estimatedMinutes,
                    List.copyOf(metadata.prerequisites.keySet()), metadata.passMark, metadata.recertifyAfterMonths,
                    metadata.mandatory, metadata.dueWithinDays, lessons, quiz, images, contentHash());
        }
        return new Result(id, metadata.prerequisites, module, problems);
    }

    private void readFiles() {
        try (var entries = Files.list(folder)) {
            for (var path : entries.sorted().toList()) {
                var name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isRegularFile(path)) {
                    files.put(name, Files.readAllBytes(path));
                } else {
                    problems.add(name, 0, "unexpectedFile", name + "/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's name and content, in name order. */
    private String contentHash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var file : files.entrySet()) {
                var name = file.getKey().getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(4).putInt(name.length).array());
                digest.update(name);
                digest.update(ByteBuffer.allocate(8).putLong(file.getValue().length).array());
                digest.update(file.getValue());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as UTF-8 text without a byte order mark, or null after reporting that it is missing or not UTF-8. */
    private String text(String name) {
        var bytes = files.get(name);
        if (bytes == null) {
            problems.add(null, 0, "missingFile", name);
            return null;
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(name, 0, "badEncoding", name);
            return null;
        }
    }

    // ---- module.yaml -------------------------------------------------------------------------------------------

    private static final class Metadata {
        String version;
        LocalizedText title;
        LocalizedText summary;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<JobRole> jobRoles = EnumSet.noneOf(JobRole.class);
        final Set<String> orgUnits = new LinkedHashSet<>();
        Integer estimatedMinutes;
        final Map<String, Integer> prerequisites = new LinkedHashMap<>();
        Integer passMark;
        Integer recertifyAfterMonths;
        Boolean mandatory;
        Integer dueWithinDays;
    }

    private Metadata readModuleYaml() {
        var metadata = new Metadata();
        var text = text(MODULE_YAML);
        if (text == null) {
            return metadata;
        }
        var yaml = new YamlFile(problems, MODULE_YAML);
        var root = yaml.compose(text);
        var module = root == null ? null : yaml.mapping(root, "", MODULE_KEYS);
        if (module == null) {
            return metadata;
        }
        var declaredId = module.string("id", true);
        if (declaredId != null && !declaredId.equals(id)) {
            yaml.problem(module.get("id"), "idMismatch", declaredId);
        }
        var version = module.get("version");
        if (YamlFile.isNull(version)) {
            yaml.problem(version != null ? version : root, "missingKey", "version");
        } else if (version instanceof ScalarNode scalar && SEMANTIC_VERSION.matcher(scalar.getValue()).matches()) {
            metadata.version = scalar.getValue();
        } else {
            yaml.problem(version, "badVersion", YamlFile.text(version));
        }
        metadata.title = module.localized("title");
        metadata.summary = module.localized("summary");
        if (module.has("audience")) {
            readAudience(yaml, yaml.mapping(module.get("audience"), "audience", AUDIENCE_KEYS), metadata);
        }
        metadata.estimatedMinutes = module.integer("estimatedMinutes", true, 1, Integer.MAX_VALUE);
        var prerequisites = module.strings("prerequisites");
        for (var prerequisite : prerequisites == null ? List.<ScalarNode>of() : prerequisites) {
            if (metadata.prerequisites.putIfAbsent(prerequisite.getValue(), YamlFile.line(prerequisite)) != null) {
                yaml.problem(prerequisite, "duplicateId", "prerequisites: " + prerequisite.getValue());
            }
        }
        metadata.passMark = module.integer("passMark", true, 1, 100);
        metadata.recertifyAfterMonths = module.integer("recertifyAfterMonths", false, 1, Integer.MAX_VALUE);
        metadata.mandatory = module.bool("mandatory", true);
        metadata.dueWithinDays = module.integer("dueWithinDays", Boolean.TRUE.equals(metadata.mandatory),
                1, Integer.MAX_VALUE);
        return metadata;
    }

    private void readAudience(YamlFile yaml, YamlFile.Mapping audience, Metadata metadata) {
        if (audience == null) {
            return;
        }
        var roleNames = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
        var jobRoleNames = Arrays.stream(JobRole.values()).map(Enum::name).collect(Collectors.toSet());
        for (var role : orEmpty(audience.strings("roles"))) {
            if (roleNames.contains(role.getValue())) {
                metadata.roles.add(role.getValue());
            } else {
                yaml.problem(role, "badValue", "audience.roles: " + role.getValue() + ", expected one of "
                        + String.join(", ", Arrays.stream(Role.values()).map(Enum::name).toList()));
            }
        }
        for (var jobRole : orEmpty(audience.strings("jobRoles"))) {
            if (jobRoleNames.contains(jobRole.getValue())) {
                metadata.jobRoles.add(JobRole.valueOf(jobRole.getValue()));
            } else {
                yaml.problem(jobRole, "badValue", "audience.jobRoles: " + jobRole.getValue() + ", not a job role");
            }
        }
        for (var orgUnit : orEmpty(audience.strings("orgUnits"))) {
            if (orgUnitExists.test(orgUnit.getValue())) {
                metadata.orgUnits.add(orgUnit.getValue());
            } else {
                yaml.problem(orgUnit, "unknownOrgUnit", orgUnit.getValue());
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // ---- quiz.yaml ---------------------------------------------------------------------------------------------

    private List<Question> readQuiz() {
        var questions = new ArrayList<Question>();
        var text = text(QUIZ_YAML);
        if (text == null) {
            return questions;
        }
        var yaml = new YamlFile(problems, QUIZ_YAML);
        var root = yaml.compose(text);
        var quiz = root == null ? null : yaml.mapping(root, "", QUIZ_KEYS);
        if (quiz == null) {
            return questions;
        }
        var questionNodes = quiz.list("questions", true);
        if (questionNodes == null) {
            return questions;
        }
        if (questionNodes.size() < 6 || questionNodes.size() > 10) {
            yaml.problem(quiz.get("questions"), "questionCount", String.valueOf(questionNodes.size()));
        }
        var questionIds = new HashSet<String>();
        for (int i = 0; i < questionNodes.size(); i++) {
            var question = readQuestion(yaml, questionNodes.get(i), i, questionIds);
            if (question != null) {
                questions.add(question);
            }
        }
        return questions;
    }

    private Question readQuestion(YamlFile yaml, Node node, int index, Set<String> questionIds) {
        var label = peekId(node, "#" + (index + 1));
        var path = "questions[" + label + "]";
        var question = yaml.mapping(node, path, QUESTION_KEYS);
        if (question == null) {
            return null;
        }
        var questionId = question.string("id", true);
        if (questionId != null && !questionIds.add(questionId)) {
            yaml.problem(question.get("id"), "duplicateId", questionId);
        }
        var type = question.string("type", true);
        if (type != null && !type.equals("single") && !type.equals("multiple")) {
            yaml.problem(question.get("type"), "badValue", path + ".type: " + type + ", expected single or multiple");
            type = null;
        }
        var text = question.localized("text");
        var explanation = question.localized("explanation");
        var optionNodes = question.list("options", true);
        if (optionNodes == null) {
            return null;
        }
        if (optionNodes.size() < 3 || optionNodes.size() > 5) {
            yaml.problem(question.get("options"), "optionCount", label + ": " + optionNodes.size());
        }
        var options = new ArrayList<Option>();
        var optionIds = new HashSet<String>();
        var complete = true;
        for (int i = 0; i < optionNodes.size(); i++) {
            var optionLabel = peekId(optionNodes.get(i), "#" + (i + 1));
            var option = yaml.mapping(optionNodes.get(i), path + ".options[" + optionLabel + "]", OPTION_KEYS);
            if (option == null) {
                complete = false;
                continue;
            }
            var optionId = option.string("id", true);
            if (optionId != null && !optionIds.add(optionId)) {
                yaml.problem(option.get("id"), "duplicateId", label + "." + optionId);
            }
            var optionText = option.localized("text");
            var correct = option.has("correct") ? option.bool("correct", false) : Boolean.FALSE;
            if (optionId == null || optionText == null || correct == null) {
                complete = false;
                continue;
            }
            options.add(new Option(optionId, optionText, correct));
        }
        if (complete) {
            var correctIds = options.stream().filter(Option::correct).map(Option::id).toList();
            if (correctIds.isEmpty()) {
                yaml.problem(node, "noCorrectOption", label);
            } else if ("single".equals(type) && correctIds.size() > 1) {
                yaml.problem(node, "severalCorrectOptions", label + ": " + String.join(", ", correctIds));
            }
        }
        if (questionId == null || type == null || text == null || explanation == null || !complete) {
            return null;
        }
        return new Question(questionId, type.equals("multiple"), text, options, explanation);
    }

    /** The value of a mapping's {@code id} key before the mapping is checked, for naming it in problems. */
    private static String peekId(Node node, String fallback) {
        if (node instanceof MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                    return value.getValue();
                }
            }
        }
        return fallback;
    }

    // ---- lessons -----------------------------------------------------------------------------------------------

    private record LessonFile(String name, String slug, String title, String markdown) {
    }

    private List<Lesson> readLessons() {
        var byPosition = new TreeMap<Integer, Map<String, List<LessonFile>>>();
        for (var name : files.keySet()) {
            if (!name.endsWith(".md")) {
                continue;
            }
            var matcher = LESSON_FILE.matcher(name);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
                problems.add(name, 0, "badLessonName", name);
                continue;
            }
            var position = Integer.parseInt(matcher.group(1));
            var language = matcher.group(3);
            var markdown = text(name);
            var title = markdown == null ? null : LessonCheck.check(problems, name, markdown, files.keySet());
            byPosition.computeIfAbsent(position, p -> new TreeMap<>())
                    .computeIfAbsent(language, l -> new ArrayList<>())
                    .add(new LessonFile(name, matcher.group(2), title, markdown));
        }
        if (byPosition.size() < 3 || byPosition.size() > 6) {
            problems.add(null, 0, "lessonCount", String.valueOf(byPosition.size()));
        }
        var last = byPosition.isEmpty() ? 0 : byPosition.lastKey();
        for (int position = 1; position <= last; position++) {
            if (!byPosition.containsKey(position)) {
                problems.add(null, 0, "lessonGap", "%02d".formatted(position));
            }
        }
        var lessons = new ArrayList<Lesson>();
        byPosition.forEach((position, byLanguage) -> {
            var complete = true;
            for (var files : byLanguage.values()) {
                if (files.size() > 1) {
                    problems.add(files.get(1).name(), 0, "duplicateId", "lesson %02d: %s".formatted(position,
                            files.stream().map(LessonFile::name).collect(Collectors.joining(", "))));
                    complete = false;
                }
            }
            for (var language : YamlFile.LANGUAGES) {
                if (!byLanguage.containsKey(language)) {
                    var existing = byLanguage.values().iterator().next().getFirst();
                    problems.add(existing.name(), 0, "missingTranslation",
                            "%02d-%s.%s.md".formatted(position, existing.slug(), language));
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            var en = byLanguage.get("en").getFirst();
            var de = byLanguage.get("de").getFirst();
            if (!en.slug().equals(de.slug())) {
                problems.add(de.name(), 0, "slugMismatch",
                        "%02d: %s (en), %s (de)".formatted(position, en.slug(), de.slug()));
                return;
            }
            if (en.title() != null && de.title() != null) {
                lessons.add(new Lesson(position, en.slug(), Map.of("en", en.title(), "de", de.title()),
                        Map.of("en", en.markdown(), "de", de.markdown())));
            }
        });
        return lessons;
    }
}
