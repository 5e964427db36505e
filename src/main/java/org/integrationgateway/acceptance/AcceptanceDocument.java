package org.integrationgateway.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The exact content an acceptance record stands for, as text, and its SHA-256. The text is built the same way from
 * the same data every time (one {@code name: value} line per fact in a fixed order, values escaped so that a line
 * break, backslash or bar inside a value cannot imitate the structure), so anyone holding the record, the task's
 * steps and the defects can rebuild it and compare the hash. Version 1 of the format is documented in
 * {@code docs/acceptance.md}; a change to it must bump the first line.
 */
final class AcceptanceDocument {

    static final String FORMAT = "Integration Gateway acceptance record v1";

    private AcceptanceDocument() {
    }

    /** The document of {@code record} with the task's {@code steps}; the record's id is not part of it. */
    static String render(AcceptanceRecord record, List<AcceptanceStep> steps) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        line(text, "outcome", record.getOutcome().name());
        line(text, "task", "AT-" + record.getAcceptanceTask());
        line(text, "project", String.valueOf(record.getProject()));
        line(text, "customer", String.valueOf(record.getCustomer()));
        line(text, "order", record.getSalesOrder() == null ? null : String.valueOf(record.getSalesOrder()));
        line(text, "deliverable", record.getDeliverableKey());
        line(text, "baseline", record.getBaseline() + " " + record.getBaselineLabel());
        line(text, "variant", record.getVariant() == null ? null : record.getVariant() + " " + record.getVariantName());
        line(text, "item-revision", record.getItemRevision() + " " + record.getRevisionLabel());
        line(text, "decided-by", record.getDecidedByName() + " (contact " + record.getDecidedByContact() + ", account "
                + record.getDecidedByAccount() + ")");
        line(text, "decided-at", record.getDecidedAt().toString());
        line(text, "first-time", String.valueOf(record.isFirstTime()));
        line(text, "comment", record.getComment());
        line(text, "item-title", record.getItemTitle());
        line(text, "item-acceptance-criterion", record.getItemCriterion());
        line(text, "item-body", record.getItemBody());
        for (int i = 0; i < steps.size(); i++) {
            AcceptanceStep step = steps.get(i);
            raw(text, "step " + (i + 1), escape(step.instruction()) + " | " + escape(step.expectedResult()) + " | "
                    + (step.result() == null ? "" : step.result().name()) + " | " + escape(step.note()));
        }
        List<Defect> defects = record.getDefects();
        for (int i = 0; i < defects.size(); i++) {
            Defect defect = defects.get(i);
            raw(text, "defect " + (i + 1), escape(defect.title()) + " | " + escape(defect.description()) + " | "
                    + (defect.step() == null ? "" : defect.step()));
        }
        return text.toString();
    }

    /** The lower-case hexadecimal SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    private static void raw(StringBuilder text, String name, String escapedValue) {
        text.append(name).append(": ").append(escapedValue).append('\n');
    }

    private static void line(StringBuilder text, String name, String value) {
        raw(text, name, escape(value));
    }

    /** Null as nothing; backslash, bar and line breaks as two-character escapes. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '|' -> escaped.append("\\|");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
