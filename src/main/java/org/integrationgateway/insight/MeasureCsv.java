package org.integrationgateway.insight;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a measure as CSV (RFC 4180, comma-separated, CRLF line ends): a header line with the measure's columns, then
 * one line per row; decimals in plain notation with a dot, nothing for no value.
 */
public final class MeasureCsv {

    private MeasureCsv() {
    }

    public static void write(MeasureTable table, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Map<String, Object> row : table.rows()) {
                List<Object> values = new ArrayList<>();
                for (String column : table.columns()) {
                    Object value = row.get(column);
                    values.add(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
                }
                printer.printRecord(values);
            }
        }
    }
}
