package org.integrationgateway.sales;

/**
 * Lines are never deleted, so the change requests they raised keep their source: ACTIVE, REMOVED by the salesperson,
 * or REWORDED (replaced by a new line that rewords it). Only active lines count.
 */
public enum LineStatus {
    ACTIVE, REMOVED, REWORDED
}
