package app.uptake.activity.internal;

import app.uptake.audit.AuditService;
import app.uptake.shared.CompanyCalendar;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks an API key; refusals are logged and audited without the secret. */
@Component
class ApiKeyAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticator.class);

    /** The outcome of checking a key. */
    sealed interface Check {
        record Accepted(long keyId, long sourceId, String sourceCode) implements Check {
        }

        /** Why a request is refused: {@code detail} is safe to return to the caller. */
        record Refused(String detail) implements Check {
        }
    }

    private final ApiKeyRepository keys;
    private final AuditService audit;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;

    ApiKeyAuthenticator(ApiKeyRepository keys, AuditService audit, CompanyCalendar calendar,
            PlatformTransactionManager transactions) {
        this.keys = keys;
        this.audit = audit;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    Check check(String presented, String remoteAddress) {
        return transaction.execute(status -> {
            if (presented == null || presented.isBlank()) {
                return refuse("No API key: send it as 'Authorization: Bearer <key>' or in the X-Api-Key header.",
                        null, remoteAddress);
            }
            var prefix = ApiKeyCodec.prefixOf(presented.strip());
            var key = prefix.flatMap(keys::findByPrefix);
            if (key.isEmpty() || !ApiKeyCodec.matches(presented.strip(), key.get().getHash())) {
                return refuse("Unknown API key.", prefix.orElse(null), remoteAddress);
            }
            if (key.get().getRevokedAt() != null) {
                return refuse("This API key has been revoked.", prefix.get(), remoteAddress);
            }
            Instant now = calendar.now();
            keys.touch(key.get().getId(), now, now.minus(Duration.ofMinutes(1)));
            return new Check.Accepted(key.get().getId(), key.get().getSource().getId(), key.get().getSource().getCode());
        });
    }

    private Check refuse(String detail, String prefix, String remoteAddress) {
        log.warn("REST API request refused from {}: {} (key prefix {})", remoteAddress, detail, prefix);
        audit.record("API_KEY_REJECTED", "api_key", null, detail + (prefix == null ? "" : " prefix " + prefix)
                + " from " + remoteAddress);
        return new Check.Refused(detail);
    }
}
