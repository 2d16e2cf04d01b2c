package app.uptake.training.internal;

import app.uptake.training.ContentStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Publishes the training content at start-up, after the demo company is loaded, reopens what must be
 * recertified and assigns the live modules by rule; problems are logged, the application starts regardless.
 */
@Component
@org.springframework.core.annotation.Order(10)
class TrainingContentOnStartup implements ApplicationRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrainingContentOnStartup.class);

    private final ContentPublisher publisher;
    private final AssignmentRules rules;
    private final Recertification recertification;

    TrainingContentOnStartup(ContentPublisher publisher, AssignmentRules rules, Recertification recertification) {
        this.publisher = publisher;
        this.rules = rules;
        this.recertification = recertification;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ContentStatus status = publisher.publish();
            log.info("Training content read: {} modules live, {} problems", status.live(), status.problems().size());
            status.problems().forEach(p -> log.warn("Training content: {}", p.describe()));
            log.info("Training assignments reopened for recertification: {}", recertification.reopenDue());
            log.info("Training assignments added by rule: {}", rules.assignAll());
        } catch (RuntimeException e) {
            log.error("Training content could not be read; the modules in force stay live", e);
        }
    }
}
