package app.uptake.adoption;

import java.time.LocalDate;

/** An org unit's adoption in a week (its Monday), as far as it may be shown. */
public record UnitWeek(LocalDate week, long orgUnitId, GroupFigure figure) {
}
