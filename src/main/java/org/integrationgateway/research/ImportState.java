package org.integrationgateway.research;

/** Where a CSV import stands: QUEUED → RUNNING → SUCCEEDED (all rows imported) or FAILED (nothing imported). */
public enum ImportState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
