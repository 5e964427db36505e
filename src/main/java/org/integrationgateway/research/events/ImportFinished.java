package org.integrationgateway.research.events;

import java.util.Locale;
import org.integrationgateway.shared.AuditedChange;

/**
 * A CSV import of findings finished: SUCCEEDED with every row imported as a finding, or FAILED with nothing imported
 * (the audit action is the state in lower case). Published in the transaction that imports the findings, or that
 * records the failure.
 */
public record ImportFinished(ImportSnapshot batch, String startedByName) implements AuditedChange {

    @Override
    public String entityType() {
        return "finding-import";
    }

    @Override
    public String entityId() {
        return String.valueOf(batch.id());
    }

    @Override
    public String action() {
        return batch.state().toLowerCase(Locale.ROOT);
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}
