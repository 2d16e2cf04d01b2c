package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void blocksANameAfterTooManyFailuresWithinTheWindow() {
        throttle.recordFailure("anna@example.com");
        throttle.recordFailure("anna@example.com");
        assertThat(throttle.isBlocked("anna@example.com")).isFalse();
        throttle.recordFailure("ANNA@example.com ");
        assertThat(throttle.isBlocked("anna@example.com")).isTrue();
        assertThat(throttle.isBlocked("bert@example.com")).isFalse();
    }

    @Test
    void unblocksWhenTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("nobody@example.com");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isBlocked("nobody@example.com")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        throttle.recordFailure("c@example.com");
        clock.advance(Duration.ofMinutes(10));
        throttle.recordFailure("c@example.com");
        clock.advance(Duration.ofMinutes(6));
        throttle.recordFailure("c@example.com");
        assertThat(throttle.isBlocked("c@example.com")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        throttle.recordFailure("d@example.com");
        throttle.recordFailure("d@example.com");
        throttle.recordSuccess("d@example.com");
        throttle.recordFailure("d@example.com");
        assertThat(throttle.isBlocked("d@example.com")).isFalse();
    }

    @Test
    void expiredNamesAreForgottenSoGuessingManyNamesCannotFillTheMemory() {
        for (int i = 0; i < 10_000; i++) {
            throttle.recordFailure("name" + i + "@example.com");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("fresh@example.com");
        assertThat(throttle.trackedNames()).isEqualTo(1);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
