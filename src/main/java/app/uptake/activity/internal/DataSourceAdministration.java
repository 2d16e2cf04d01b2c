package app.uptake.activity.internal;

import app.uptake.activity.ConnectorDraft;
import app.uptake.activity.DataQuality;
import app.uptake.activity.DataSourceStatus;
import app.uptake.activity.ImportRunSummary;
import app.uptake.activity.IngestTally;
import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes data sources; {@link app.uptake.activity.DataSourceService} checks who asks and what. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DataSourceAdministration {

    private final DataSourceRepository sources;
    private final ImportRunRepository runs;
    private final ConnectorSchedule schedule;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;

    DataSourceAdministration(DataSourceRepository sources, ImportRunRepository runs, ConnectorSchedule schedule,
            JdbcTemplate jdbc, AuditService audit, CurrentUserService currentUser, CompanyCalendar calendar) {
        this.sources = sources;
        this.runs = runs;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    public List<DataSourceStatus> list() {
        return sources.findAll().stream().sorted(Comparator.comparing(DataSourceEntity::getCode)).map(this::status).toList();
    }

    public DataQuality quality(long sourceId) {
        IngestTally allTime = tally(runs.sumCounts(sourceId, Instant.EPOCH));
        IngestTally recent = tally(runs.sumCounts(sourceId, calendar.now().minus(Duration.ofDays(30))));
        Long stored = jdbc.queryForObject("select count(*) from activity_event where source_id = ?", Long.class, sourceId);
        return new DataQuality(recent, allTime, stored == null ? 0 : stored, runs.countBySourceId(sourceId));
    }

    public List<ImportRunSummary> recentRuns(long sourceId, Pageable page) {
        return runs.findBySourceIdOrderByStartedAtDescIdDesc(sourceId, page).stream().map(ActivityUploads::summary).toList();
    }

    public DataSourceStatus create(ConnectorDraft draft) {
        if (sources.findByCode(draft.code()).isPresent()) {
            throw BusinessRuleException.onField("code", "dataSources.error.codeTaken", draft.code());
        }
        DataSourceEntity source = new DataSourceEntity(draft.code(), draft.name(), draft.kind(), calendar.now());
        apply(source, draft);
        sources.saveAndFlush(source);
        schedule.sync(source);
        audit.record("DATA_SOURCE_CREATED", "data_source", source.getId(), draft.code() + " " + draft.kind());
        return status(source);
    }

    public DataSourceStatus update(long id, ConnectorDraft draft) {
        DataSourceEntity source = connector(id);
        if (!source.getCode().equals(draft.code())) {
            throw BusinessRuleException.onField("code", "dataSources.error.codeFixed");
        }
        if (source.getKind() != draft.kind()) {
            throw BusinessRuleException.onField("kind", "dataSources.error.kindFixed");
        }
        apply(source, draft);
        sources.saveAndFlush(source);
        schedule.sync(source);
        audit.record("DATA_SOURCE_CHANGED", "data_source", id, draft.code());
        return status(source);
    }

    public void setPaused(long id, boolean paused) {
        DataSourceEntity source = connector(id);
        source.setPaused(paused);
        sources.saveAndFlush(source);
        schedule.sync(source);
        audit.record(paused ? "DATA_SOURCE_PAUSED" : "DATA_SOURCE_RESUMED", "data_source", id, source.getCode());
    }

    public void runNow(long id) {
        DataSourceEntity source = connector(id);
        schedule.sync(source);
        schedule.runNow(id, currentUser.require().username());
        audit.record("DATA_SOURCE_RUN_REQUESTED", "data_source", id, source.getCode());
    }

    private DataSourceEntity connector(long id) {
        return sources.findById(id).filter(s -> s.getKind().isConnector())
                .orElseThrow(() -> new BusinessRuleException("dataSources.error.notConnector"));
    }

    private static void apply(DataSourceEntity source, ConnectorDraft draft) {
        source.setName(draft.name());
        source.setSettings(draft.settings());
        source.setIntervalMinutes(draft.intervalMinutes());
    }

    private DataSourceStatus status(DataSourceEntity s) {
        ImportRunSummary last = runs.findBySourceIdOrderByStartedAtDescIdDesc(s.getId(), Pageable.ofSize(1)).stream()
                .findFirst().map(ActivityUploads::summary).orElse(null);
        return new DataSourceStatus(s.getId(), s.getCode(), s.getName(), s.getKind(), s.getSettings(),
                s.getIntervalMinutes(), s.isPaused(), s.getCursorValue(), last,
                s.getKind().isConnector() ? schedule.nextRun(s) : null);
    }

    private static IngestTally tally(List<Object[]> rows) {
        Object[] r = rows.getFirst();
        return new IngestTally(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
