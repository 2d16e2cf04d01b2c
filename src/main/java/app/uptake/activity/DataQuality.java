package app.uptake.activity;

/**
 * How clean a source's data is: what its runs ingested, rejected, found duplicate and received late, over the
 * last 30 days and since the beginning, and how many events of it are stored.
 */
public record DataQuality(IngestTally last30Days, IngestTally allTime, long eventsStored, long runs) {
}
