package app.uptake.adoption;

import java.time.LocalDate;

/** The snapshot of a week (its Monday) was (re)computed and committed; dashboards may refresh. */
public record AdoptionSnapshotTaken(LocalDate week, int employees) {
}
