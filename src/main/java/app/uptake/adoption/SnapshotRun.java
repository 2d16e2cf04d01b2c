package app.uptake.adoption;

import java.time.Duration;
import java.time.LocalDate;

/** What one snapshot computation stored: the week (its Monday), its employees and units, and how long it took. */
public record SnapshotRun(LocalDate week, int employees, int units, Duration took) {
}
