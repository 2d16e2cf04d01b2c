package app.uptake.activity.internal;

import app.uptake.activity.ApiKeySummary;
import app.uptake.activity.CreatedApiKey;
import app.uptake.activity.DataSourceKind;
import app.uptake.activity.DataSourceSummary;
import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates and revokes API keys and API data sources; {@link app.uptake.activity.ApiKeyService} checks who asks. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ApiKeyAdministration {

    private final ApiKeyRepository keys;
    private final DataSourceRepository sources;
    private final CurrentUserService currentUser;
    private final AuditService audit;
    private final CompanyCalendar calendar;

    ApiKeyAdministration(ApiKeyRepository keys, DataSourceRepository sources, CurrentUserService currentUser,
            AuditService audit, CompanyCalendar calendar) {
        this.keys = keys;
        this.sources = sources;
        this.currentUser = currentUser;
        this.audit = audit;
        this.calendar = calendar;
    }

    public List<DataSourceSummary> apiSources() {
        return sources.findAll().stream().filter(s -> s.getKind() == DataSourceKind.API)
                .map(ApiKeyAdministration::summary).toList();
    }

    public DataSourceSummary createApiSource(String code, String name) {
        if (sources.findByCode(code).isPresent()) {
            throw BusinessRuleException.onField("code", "apiKeys.error.codeTaken", code);
        }
        DataSourceEntity source = sources.save(new DataSourceEntity(code, name, DataSourceKind.API, calendar.now()));
        audit.record("DATA_SOURCE_CREATED", "data_source", source.getId(), code);
        return summary(source);
    }

    public List<ApiKeySummary> keys(long sourceId) {
        return keys.findBySourceIdOrderByCreatedAtDesc(sourceId).stream().map(ApiKeyAdministration::summary).toList();
    }

    public CreatedApiKey create(long sourceId, String label) {
        DataSourceEntity source = sources.findById(sourceId).filter(s -> s.getKind() == DataSourceKind.API)
                .orElseThrow(() -> BusinessRuleException.onField("source", "apiKeys.error.source"));
        ApiKeyCodec.NewKey key = ApiKeyCodec.generate();
        ApiKeyEntity saved = keys.save(new ApiKeyEntity(source, label, key.prefix(), key.hash(), calendar.now(),
                currentUser.require().username()));
        audit.record("API_KEY_CREATED", "api_key", saved.getId(), source.getCode() + " " + key.prefix());
        return new CreatedApiKey(summary(saved), key.plain());
    }

    public void revoke(long keyId) {
        ApiKeyEntity key = keys.findById(keyId).orElseThrow(() -> new BusinessRuleException("apiKeys.error.unknownKey"));
        if (key.getRevokedAt() == null) {
            key.revoke(calendar.now(), currentUser.require().username());
            audit.record("API_KEY_REVOKED", "api_key", keyId, key.getPrefix());
        }
    }

    private static DataSourceSummary summary(DataSourceEntity s) {
        return new DataSourceSummary(s.getId(), s.getCode(), s.getName(), s.getKind());
    }

    private static ApiKeySummary summary(ApiKeyEntity k) {
        return new ApiKeySummary(k.getId(), k.getSource().getId(), k.getSource().getName(), k.getLabel(), k.getPrefix(),
                k.getCreatedAt(), k.getCreatedBy(), k.getRevokedAt(), k.getLastUsedAt());
    }
}
