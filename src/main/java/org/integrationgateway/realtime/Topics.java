package org.integrationgateway.realtime;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.regex.Pattern;

/**
 * Names of the topics stream events carry and subscribers ask for: {@code kind:id}, e.g. {@code project:7},
 * {@code change-request:12}, {@code person:3} (a person's inbox). Kinds are lower-case words joined by hyphens.
 */
@SuppressFBWarnings(value = "REDOS",
        justification = "Each repeated group starts with a literal separator, so a match is linear; topics are also "
                + "capped at 60 characters.")
public final class Topics {

    public static final String PROJECT = "project";
    public static final String CHANGE_REQUEST = "change-request";
    public static final String SPEC_ITEM = "spec-item";
    public static final String GATE_REVIEW = "gate-review";
    public static final String PERSON = "person";
    public static final String QUOTE = "quote";
    public static final String MEETING = "meeting";
    /** Every change request awaiting a decision, across projects: the decision queues. */
    public static final String DECISIONS = "decisions";
    /** Administrative matters (webhook endpoints disabled, …). */
    public static final String ADMINISTRATION = "administration";

    private static final Pattern TOPIC = Pattern.compile("[a-z]+(-[a-z]+)*(:[0-9]{1,18})?");

    private Topics() {
    }

    public static String of(String kind, long id) {
        return kind + ":" + id;
    }

    public static String project(long id) {
        return of(PROJECT, id);
    }

    public static String changeRequest(long id) {
        return of(CHANGE_REQUEST, id);
    }

    public static String specItem(long id) {
        return of(SPEC_ITEM, id);
    }

    public static String gateReview(long id) {
        return of(GATE_REVIEW, id);
    }

    public static String person(long id) {
        return of(PERSON, id);
    }

    /** True for a well-formed topic name ({@code kind} or {@code kind:id}). */
    public static boolean isValid(String topic) {
        return topic != null && topic.length() <= 60 && TOPIC.matcher(topic).matches();
    }

    /** The kind part of a topic ({@code project} for {@code project:7}). */
    public static String kind(String topic) {
        int colon = topic.indexOf(':');
        return colon < 0 ? topic : topic.substring(0, colon);
    }

    /** The id part of a topic, or null for a topic without one. */
    public static Long id(String topic) {
        int colon = topic.indexOf(':');
        return colon < 0 ? null : Long.valueOf(topic.substring(colon + 1));
    }
}
