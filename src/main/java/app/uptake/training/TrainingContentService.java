package app.uptake.training;

import app.uptake.audit.AuditService;
import app.uptake.training.internal.AssignmentRules;
import app.uptake.training.internal.Recertification;
import app.uptake.training.internal.ContentPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program office's view of the training content: what is live, what the files say, and reloading them. */
@Service
public class TrainingContentService {

    private final ContentPublisher publisher;
    private final AuditService audit;
    private final AssignmentRules rules;
    private final Recertification recertification;

    TrainingContentService(ContentPublisher publisher, AuditService audit, AssignmentRules rules,
            Recertification recertification) {
        this.publisher = publisher;
        this.audit = audit;
        this.rules = rules;
        this.recertification = recertification;
    }

    /** The state after the last reading (at start-up or the last reload). */
    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus status() {
        return publisher.lastStatus();
    }

    /**
     * Reads training-content/ again, publishes every valid module whose version was raised, reopens completions
     * of an earlier major version and assigns the live modules to everybody in their audience who does not have them yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ContentStatus reload() {
        ContentStatus status = publisher.publish();
        int reopened = recertification.reopenDue();
        int assigned = rules.assignAll();
        audit.record("TRAINING_CONTENT_RELOADED", "training_content", null, status.live() + " modules live, "
                + status.problems().size() + " problems, " + reopened + " reopened for recertification, " + assigned
                + " assignments added");
        return status;
    }
}
