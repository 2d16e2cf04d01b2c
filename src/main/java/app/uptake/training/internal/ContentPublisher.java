package app.uptake.training.internal;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.LocalizedText;
import app.uptake.training.ContentProblem;
import app.uptake.training.ContentReport;
import app.uptake.training.ContentStatus;
import app.uptake.training.ModuleStatus;
import app.uptake.training.TrainingModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads training-content/, validates it and publishes each valid module whose files changed as a new version.
 * A module whose files have problems, or changed without a raised version, is not published: the version in
 * force stays live and the problems are reported. Nothing here throws on bad content.
 */
@Component
public class ContentPublisher {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path folder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final EmployeeDirectory directory;
    private final AtomicReference<ContentStatus> last = new AtomicReference<>();

    ContentPublisher(@Value("${uptake.training.content-dir:training-content}") Path folder, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock, EmployeeDirectory directory) {
        // not OrganizationService: content is read at start-up, with nobody signed in
        this.directory = directory;
        this.folder = folder;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The state after the last reading; reads the folder first if it was never read. */
    public ContentStatus lastStatus() {
        ContentStatus status = last.get();
        return status != null ? status : publish();
    }

    public ContentStatus publish() {
        return publish(folder);
    }

    /** Reads the folder, publishes what may be published and remembers the outcome. */
    public ContentStatus publish(Path contentFolder) {
        Instant now = clock.instant();
        ContentReport report = Files.isDirectory(contentFolder)
                ? TrainingContentReader.read(contentFolder, code -> directory.unitIdByCode(code).isPresent())
                : new ContentReport(List.of(), List.of(new ContentProblem(null, contentFolder.toString(), 0, "noContentFolder",
                        contentFolder.toAbsolutePath().toString())), java.util.Set.of());
        List<ContentProblem> problems = new ArrayList<>(report.problems());
        Map<String, TrainingModule> inFiles = new HashMap<>();
        Map<String, Published> before = latestPublished();
        for (TrainingModule module : report.valid()) {
            inFiles.put(module.id(), module);
            Optional<ContentProblem> refused = publishIfNew(module, before.get(module.id()), now);
            refused.ifPresent(problems::add);
        }
        TreeSet<String> ids = new TreeSet<>(inFiles.keySet());
        ids.addAll(report.invalidModuleIds());
        Map<String, Published> live = latestPublished();
        ids.addAll(live.keySet());

        List<ModuleStatus> modules = new ArrayList<>();
        for (String id : ids) {
            Published published = live.get(id);
            TrainingModule files = inFiles.get(id);
            boolean withProblems = problems.stream().anyMatch(p -> id.equals(p.moduleId()));
            ModuleStatus.State state;
            if (files == null && !report.invalidModuleIds().contains(id)) {
                state = ModuleStatus.State.FILES_MISSING;
            } else if (!withProblems) {
                state = ModuleStatus.State.LIVE;
            } else {
                state = published == null ? ModuleStatus.State.PROBLEMS_NOT_PUBLISHED : ModuleStatus.State.PROBLEMS_EARLIER_VERSION_LIVE;
            }
            LocalizedText title = published != null ? published.title() : files != null ? files.title()
                    : new LocalizedText(id, id);
            modules.add(new ModuleStatus(id, title, published == null ? null : published.version(),
                    published == null ? null : published.publishedAt(), files == null ? null : files.version(), state,
                    published == null ? 0 : published.lessons(), published == null ? 0 : published.questions()));
        }
        modules.sort(Comparator.comparing(ModuleStatus::moduleId));
        ContentStatus status = new ContentStatus(now, modules, problems);
        last.set(status);
        return status;
    }

    /** The module in force, as it was published: lessons, quiz and images. */
    public Optional<TrainingModule> live(String moduleId) {
        return jdbc.query("select content from training_module_version where module_id = ? order by published_at desc, id desc",
                (rs, n) -> rs.getString(1), moduleId).stream().findFirst().map(json -> JSON.readValue(json, TrainingModule.class));
    }

    private record Published(String version, String hash, LocalizedText title, Instant publishedAt, int lessons,
            int questions) {
    }

    private Map<String, Published> latestPublished() {
        Map<String, Published> latest = new HashMap<>();
        jdbc.query("select module_id, version, content_hash, title_en, title_de, published_at, lesson_count, question_count "
                + "from training_module_version order by published_at, id", rs -> {
                    latest.put(rs.getString(1), new Published(rs.getString(2), rs.getString(3),
                            new LocalizedText(rs.getString(4), rs.getString(5)),
                            rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getInt(8)));
                });
        return latest;
    }

    /**
     * Publishes the module unless its latest version has the same content. Changed content needs a higher
     * version: the same or a lower one is refused with a problem, and the version in force stays.
     */
    private Optional<ContentProblem> publishIfNew(TrainingModule module, Published latest, Instant now) {
        if (latest != null && latest.hash().equals(module.contentHash())) {
            return Optional.empty();
        }
        if (latest != null && SemanticVersion.compare(module.version(), latest.version()) <= 0) {
            return Optional.of(new ContentProblem(module.id(), "module.yaml", 0, "versionNotRaised",
                    module.version() + " ≤ " + latest.version()));
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into training_module_version (module_id, "
                    + "version, major_version, content_hash, title_en, title_de, mandatory, lesson_count, question_count, "
                    + "content, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", module.id(), module.version(),
                    module.majorVersion(), module.contentHash(), module.title().en(), module.title().de(),
                    module.mandatory(), module.lessons().size(), module.quiz().size(), JSON.writeValueAsString(module),
                    java.sql.Timestamp.from(now)));
        } catch (DuplicateKeyException e) {
            // another node published the same version a moment ago
        }
        return Optional.empty();
    }
}
