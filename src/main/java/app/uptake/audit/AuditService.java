package app.uptake.audit;

import app.uptake.audit.internal.AuditEventEntity;
import app.uptake.audit.internal.AuditEventRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only audit trail: entries are written, never changed or deleted. */
@Service
public class AuditService {

    private static final int MAX_DETAILS = 2000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or "system" when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
        String trimmed = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        events.save(new AuditEventEntity(clock.instant(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), trimmed));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(Pageable pageable) {
        Pageable newestFirst = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return events.findAll(newestFirst).map(AuditEventEntity::toEntry).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return events.count();
    }
}
