package app.uptake.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a learner may take a quiz again after failing it. The first {@code freeRetries} retries follow at once, so
 * a slip is cheap; after that each retry waits the cool-down from the last failed attempt, so answers cannot be
 * found by trying every combination.
 */
@Component
public class RetryPolicy {

    private final int freeRetries;
    private final Duration coolDown;

    public RetryPolicy(@Value("${uptake.training.quiz.free-retries:1}") int freeRetries,
            @Value("${uptake.training.quiz.cool-down:PT30M}") Duration coolDown) {
        if (freeRetries < 0 || coolDown.isNegative()) {
            throw new IllegalArgumentException("free retries and cool-down must not be negative");
        }
        this.freeRetries = freeRetries;
        this.coolDown = coolDown;
    }

    /**
     * @param failedSince the submission times of the failed attempts since the learner's last pass, in any order
     * @return the moment from which the next attempt is allowed, or empty when it is allowed now
     */
    public Optional<Instant> nextAttemptAt(List<Instant> failedSince, Instant now) {
        if (failedSince.size() <= freeRetries) {
            return Optional.empty();
        }
        Instant last = failedSince.stream().max(Instant::compareTo).orElseThrow();
        Instant next = last.plus(coolDown);
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }
}
