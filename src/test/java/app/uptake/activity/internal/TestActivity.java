package app.uptake.activity.internal;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.DataSourceKind;
import app.uptake.activity.IngestOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Feeds events into the real ingestion for tests of other modules, each call in its own transaction. */
public final class TestActivity {

    private final ApplicationContext context;

    public TestActivity(ApplicationContext context) {
        this.context = context;
    }

    /** The id of the data source with the code, created as an API source when missing. */
    public long source(String code) {
        DataSourceRepository sources = context.getBean(DataSourceRepository.class);
        return inTransaction(() -> sources.findByCode(code)
                .orElseGet(() -> sources.save(new DataSourceEntity(code, code, DataSourceKind.API, Instant.now())))
                .getId());
    }

    public List<IngestOutcome> ingest(long sourceId, ActivityEventInput... events) {
        ActivityIngester ingester = context.getBean(ActivityIngester.class);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            rows.add(ParsedRow.ok(i + 1, null, events[i]));
        }
        return inTransaction(() -> ingester.ingest(sourceId, null, rows).items().stream()
                .map(ActivityIngester.ItemResult::outcome).toList());
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> work.get());
    }
}
