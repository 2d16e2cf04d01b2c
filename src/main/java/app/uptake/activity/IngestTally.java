package app.uptake.activity;

/** How many delivered events ended which way. {@code late} counts stored events that arrived days after they happened. */
public record IngestTally(long accepted, long corrected, long duplicates, long stale, long rejected, long late) {

    public static final IngestTally NONE = new IngestTally(0, 0, 0, 0, 0, 0);

    public IngestTally plus(IngestTally other) {
        return new IngestTally(accepted + other.accepted, corrected + other.corrected, duplicates + other.duplicates,
                stale + other.stale, rejected + other.rejected, late + other.late);
    }

    public long total() {
        return accepted + corrected + duplicates + stale + rejected;
    }
}
