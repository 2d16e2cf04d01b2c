package app.uptake.activity;

import app.uptake.activity.internal.DataSourceAdministration;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.OffsetLimit;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where activity comes from, for the CRM program office: every data source with its last and next run and
 * data quality; connector sources (inbox folder, HTTP feed) created, changed, paused, resumed and run at once.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DataSourceService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

    private final DataSourceAdministration administration;

    DataSourceService(DataSourceAdministration administration) {
        this.administration = administration;
    }

    @Transactional(readOnly = true)
    public List<DataSourceStatus> list() {
        return administration.list();
    }

    @Transactional(readOnly = true)
    public DataQuality quality(long sourceId) {
        return administration.quality(sourceId);
    }

    @Transactional(readOnly = true)
    public List<ImportRunSummary> recentRuns(long sourceId, int offset, int limit) {
        return administration.recentRuns(sourceId, new OffsetLimit(offset, limit));
    }

    public DataSourceStatus createConnector(ConnectorDraft draft) {
        ConnectorDraft clean = validate(draft);
        return administration.create(clean);
    }

    public DataSourceStatus updateConnector(long id, ConnectorDraft draft) {
        return administration.update(id, validate(draft));
    }

    public void pause(long id) {
        administration.setPaused(id, true);
    }

    public void resume(long id) {
        administration.setPaused(id, false);
    }

    /** Starts the connector now, in the background; its run appears among the recent runs. */
    public void runNow(long id) {
        administration.runNow(id);
    }

    private static ConnectorDraft validate(ConnectorDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw BusinessRuleException.onField("code", "dataSources.error.code");
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw BusinessRuleException.onField("name", "dataSources.error.name");
        }
        if (draft.kind() == null || !draft.kind().isConnector()) {
            throw BusinessRuleException.onField("kind", "dataSources.error.kind");
        }
        if (draft.intervalMinutes() == null || draft.intervalMinutes() < 1 || draft.intervalMinutes() > 1440) {
            throw BusinessRuleException.onField("intervalMinutes", "dataSources.error.interval");
        }
        String settings = draft.settings() == null ? "" : draft.settings().strip();
        String required = draft.kind() == DataSourceKind.INBOX_FOLDER ? "folder" : "url";
        String value = settings.lines().filter(l -> l.strip().startsWith(required + "="))
                .map(l -> l.substring(l.indexOf('=') + 1).strip()).findFirst().orElse("");
        if (value.isEmpty()) {
            throw BusinessRuleException.onField("settings", "dataSources.error.settingMissing", required);
        }
        if (required.equals("url") && !validUrl(value)) {
            throw BusinessRuleException.onField("settings", "dataSources.error.url", value);
        }
        return new ConnectorDraft(code, draft.name().strip(), draft.kind(), settings, draft.intervalMinutes());
    }

    private static boolean validUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
