package org.integrationgateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.security.MatrixWorld.Persona;
import org.springframework.core.io.ClassPathResource;

/**
 * The checked-in policy table {@code security/authorization-matrix.csv}: one row per endpoint (method and path
 * pattern) and scope, one column per persona, each cell the expected outcome class: {@code allow} (authorization
 * passed: 2xx, 3xx other than to the sign-in page, or 400/409/422 from validation or state), {@code deny} (403),
 * {@code hidden} (404) or {@code login} (401 on the API, the sign-in page for pages). Lines starting with # are
 * comments.
 */
final class PolicyTable {

    static final String RESOURCE = "security/authorization-matrix.csv";
    static final String EXCLUSIONS = "security/authorization-exclusions.csv";
    static final List<String> OUTCOMES = List.of("allow", "deny", "hidden", "login");

    record Row(String method, String path, String scope, Map<Persona, String> expected) {
        String key() {
            return key(method, path, scope);
        }

        static String key(String method, String path, String scope) {
            return method + " " + path + " [" + scope + "]";
        }
    }

    private PolicyTable() {
    }

    static String header() {
        return "method,path,scope," + String.join(",", Arrays.stream(Persona.values()).map(p -> p.column).toList());
    }

    static Map<String, Row> read() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String[] cells : lines(RESOURCE)) {
            if (cells[0].equals("method")) {
                if (!String.join(",", cells).equals(header())) {
                    throw new IllegalStateException("The policy table's columns must be: " + header());
                }
                continue;
            }
            if (cells.length != 3 + Persona.values().length) {
                throw new IllegalStateException("A policy row needs " + (3 + Persona.values().length) + " cells: "
                        + String.join(",", cells));
            }
            Map<Persona, String> expected = new EnumMap<>(Persona.class);
            for (Persona persona : Persona.values()) {
                String outcome = cells[3 + persona.ordinal()].trim();
                if (!OUTCOMES.contains(outcome)) {
                    throw new IllegalStateException("Unknown outcome '" + outcome + "' in " + String.join(",", cells));
                }
                expected.put(persona, outcome);
            }
            Row row = new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), expected);
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException("The policy table has two rows for " + row.key());
            }
        }
        return rows;
    }

    /** Method and path of the mappings that are not ours (framework endpoints), each with its reason. */
    static Map<String, String> exclusions() {
        Map<String, String> exclusions = new LinkedHashMap<>();
        for (String[] cells : lines(EXCLUSIONS)) {
            if (!cells[0].equals("method")) {
                exclusions.put(cells[0].trim() + " " + cells[1].trim(), cells[2].trim());
            }
        }
        return exclusions;
    }

    private static List<String[]> lines(String resource) {
        try {
            String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
            List<String[]> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split(",", -1));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
