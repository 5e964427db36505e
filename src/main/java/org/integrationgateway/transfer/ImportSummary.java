package org.integrationgateway.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import did: the new project's id and code, and per table the rows created and the shared rows (people,
 * organisations, templates) matched to existing ones.
 */
public record ImportSummary(long projectId, String code, Map<String, Integer> created, Map<String, Integer> matched) {

    public ImportSummary {
        created = Collections.unmodifiableMap(new LinkedHashMap<>(created));
        matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
    }

    public int createdTotal() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int matchedTotal() {
        return matched.values().stream().mapToInt(Integer::intValue).sum();
    }
}
