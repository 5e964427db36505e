package org.integrationgateway.research.events;

/**
 * A CSV import of findings as events and the audit log show it: the file's name, its state by name, rows in the file
 * and checked so far, findings imported, bad rows counted, the reason it failed (if it did) and who started it.
 */
public record ImportSnapshot(long id, String fileName, String state, int rowsTotal, int rowsChecked, int imported,
                             int errorCount, String failure, Long startedBy) {
}
