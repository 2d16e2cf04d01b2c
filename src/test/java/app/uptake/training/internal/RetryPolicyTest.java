package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(1, Duration.ofMinutes(30));

    @Test
    void theFirstRetryFollowsAtOnce() {
        assertThat(policy.nextAttemptAt(List.of(), now)).isEmpty();
        assertThat(policy.nextAttemptAt(List.of(now.minusSeconds(5)), now)).isEmpty();
    }

    @Test
    void laterRetriesWaitTheCoolDownFromTheLastFailure() {
        List<Instant> twoFailures = List.of(now.minusSeconds(600), now.minusSeconds(60));
        assertThat(policy.nextAttemptAt(twoFailures, now)).contains(Instant.parse("2026-11-23T10:29:00Z"));
        // in any order
        assertThat(policy.nextAttemptAt(twoFailures.reversed(), now)).contains(Instant.parse("2026-11-23T10:29:00Z"));
        assertThat(policy.nextAttemptAt(twoFailures, Instant.parse("2026-11-23T10:29:00Z"))).isEmpty();
    }

    @Test
    void withoutFreeRetriesEveryRetryWaits() {
        RetryPolicy strict = new RetryPolicy(0, Duration.ofMinutes(10));
        assertThat(strict.nextAttemptAt(List.of(now), now)).contains(now.plus(Duration.ofMinutes(10)));
    }
}
