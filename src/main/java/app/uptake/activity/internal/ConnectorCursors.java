package app.uptake.activity.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a data source's connector cursor on its own, committed at once, so progress survives a crash. */
@Component
class ConnectorCursors {

    private final DataSourceRepository sources;
    private final TransactionTemplate newTransaction;

    ConnectorCursors(DataSourceRepository sources, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void store(long sourceId, String cursor) {
        newTransaction.executeWithoutResult(status -> sources.findById(sourceId).orElseThrow().setCursorValue(cursor));
    }

    String read(long sourceId) {
        return newTransaction.execute(status -> sources.findById(sourceId).orElseThrow().getCursorValue());
    }
}
