package app.uptake.activity;

import app.uptake.activity.internal.ApiKeyAdministration;
import app.uptake.shared.BusinessRuleException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The REST API's data sources and their keys, for the CRM program office. A key is shown once when created;
 * only its hash is stored. Revoked keys are refused at once.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ApiKeyService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

    private final ApiKeyAdministration administration;

    ApiKeyService(ApiKeyAdministration administration) {
        this.administration = administration;
    }

    @Transactional(readOnly = true)
    public List<DataSourceSummary> apiSources() {
        return administration.apiSources();
    }

    public DataSourceSummary createApiSource(String code, String name) {
        String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw BusinessRuleException.onField("code", "apiKeys.error.code");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BusinessRuleException.onField("name", "apiKeys.error.name");
        }
        return administration.createApiSource(cleanCode, name.strip());
    }

    @Transactional(readOnly = true)
    public List<ApiKeySummary> keys(long sourceId) {
        return administration.keys(sourceId);
    }

    public CreatedApiKey create(long sourceId, String label) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw BusinessRuleException.onField("label", "apiKeys.error.label");
        }
        return administration.create(sourceId, label.strip());
    }

    public void revoke(long keyId) {
        administration.revoke(keyId);
    }
}
