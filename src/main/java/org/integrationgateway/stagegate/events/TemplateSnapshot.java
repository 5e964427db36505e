package org.integrationgateway.stagegate.events;

import java.util.List;

/** A template revision: identity, rule and the names of its stages and gates. */
public record TemplateSnapshot(long id, String code, int revision, String name, String decisionRule,
                               List<String> stages, List<String> gates) {
}
