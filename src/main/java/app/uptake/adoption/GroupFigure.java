package app.uptake.adoption;

/**
 * What may be shown of a group's adoption: its figures, or only that it is suppressed because fewer people than
 * the minimum group size are in it (an aggregate over very few people tells about individuals).
 */
public sealed interface GroupFigure {

    int headcount();

    /** The figures of a group at least as large as the minimum group size. */
    record Shown(GroupScore score) implements GroupFigure {
        @Override
        public int headcount() {
            return score.headcount();
        }
    }

    /** A group of {@code headcount} people, fewer than {@code minimum}: no figures. */
    record Suppressed(int headcount, int minimum) implements GroupFigure {
    }

    /** The figure as it may be shown under the minimum group size. */
    static GroupFigure of(GroupScore score, int minimumGroupSize) {
        return score.headcount() < minimumGroupSize ? new Suppressed(score.headcount(), minimumGroupSize)
                : new Shown(score);
    }
}
