package org.integrationgateway.research.events;

/**
 * A running CSV import stored its progress: {@code rowsChecked} of {@code rowsTotal} rows checked, {@code errorCount}
 * bad so far. Published every few hundred rows or fractions of a second; not audited (it is progress, not a change
 * anyone made), and the import page reads the stored counts rather than relying on these.
 */
public record ImportProgressed(long importId, Long startedBy, String state, int rowsTotal, int rowsChecked,
                               int errorCount) {
}
