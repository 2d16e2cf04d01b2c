package app.uptake.activity.internal;

import app.uptake.activity.ImportChannel;
import app.uptake.activity.IngestOutcome;
import app.uptake.shared.CompanyCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Ingests one REST batch: every item is read as text fields and parsed like a file row, the whole batch is one
 * import run committed in one transaction, and every item gets its outcome back in order.
 */
@Component
class ActivityApiBatches {


    private final ActivityIngester ingester;
    private final ImportRunRepository runs;
    private final DataSourceRepository sources;
    private final CompanyCalendar calendar;
    private final TransactionTemplate transaction;

    ActivityApiBatches(ActivityIngester ingester, ImportRunRepository runs, DataSourceRepository sources,
            CompanyCalendar calendar, PlatformTransactionManager transactions) {
        this.ingester = ingester;
        this.runs = runs;
        this.sources = sources;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The answer to a batch. */
    public record BatchResponse(long runId, long accepted, long corrected, long duplicates, long stale, long rejected,
            List<ItemResponse> items) {
    }

    /** One item's outcome; {@code error} only for rejected items. */
    public record ItemResponse(int index, String externalId, IngestOutcome outcome, ItemError error) {
    }

    /** Why an item was rejected: a stable code, an English message and the offending value. */
    public record ItemError(String code, String message, String detail) {
    }

    BatchResponse ingest(ApiKeyAuthenticator.Check.Accepted client, List<JsonNode> events) {
        EventRowParser parser = new EventRowParser(calendar.zone(), calendar.now(), false);
        List<ParsedRow> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            rows.add(JsonEventRows.parse(parser, i + 1, events.get(i)));
        }
        return transaction.execute(status -> {
            ImportRunEntity run = new ImportRunEntity(sources.getReferenceById(client.sourceId()), ImportChannel.API,
                    "api:" + client.sourceCode(), calendar.now());
            run.start();
            runs.saveAndFlush(run);
            ActivityIngester.BatchResult result = ingester.ingest(client.sourceId(), run.getId(), rows);
            run.add(result.tally(), rows.size(), rows.size(), 0);
            run.complete(calendar.now());
            List<ItemResponse> items = new ArrayList<>(result.items().size());
            for (ActivityIngester.ItemResult item : result.items()) {
                items.add(new ItemResponse((int) item.line() - 1, item.externalId(), item.outcome(),
                        item.problem() == null ? null : error(item.problem())));
            }
            var tally = result.tally();
            return new BatchResponse(run.getId(), tally.accepted(), tally.corrected(), tally.duplicates(), tally.stale(),
                    tally.rejected(), items);
        });
    }

    private static ItemError error(RowProblem problem) {
        return new ItemError(problem.key(), EnglishMessages.of(problem), problem.detail());
    }
}
