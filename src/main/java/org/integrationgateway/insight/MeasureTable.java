package org.integrationgateway.insight;

import java.util.List;
import java.util.Map;

/**
 * The rows of one measure under one filter: each row maps the measure's columns (in order) to values (whole numbers,
 * decimals, text or null where there is nothing to measure).
 */
public record MeasureTable(Measure measure, MeasureFilter filter, List<Map<String, Object>> rows) {

    public List<String> columns() {
        return measure.columns();
    }
}
