package app.uptake.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one user name within a window, that
 * name is blocked until the window has passed. Names are counted whether or not such a user exists, so
 * the block reveals nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private static final int SWEEP_THRESHOLD = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${uptake.security.max-failed-logins}") int maxFailures,
            @Value("${uptake.security.failed-login-window}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isBlocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= maxFailures;
        }
    }

    public void recordFailure(String username) {
        if (failures.size() >= SWEEP_THRESHOLD) {
            sweep();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    /** Forgets names whose failures have all expired, so guessing many names cannot fill the memory. */
    private void sweep() {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
    }

    int trackedNames() {
        return failures.size();
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
