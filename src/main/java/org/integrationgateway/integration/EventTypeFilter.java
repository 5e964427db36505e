package org.integrationgateway.integration;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * Which stream event types an endpoint receives: exact types ({@code change-request.decided}), prefixes
 * ({@code change-request.*}), or every type ({@code *}, also when the list is empty).
 */
@SuppressFBWarnings(value = "REDOS",
        justification = "Each repeated group starts with a literal separator, so a match is linear (no ambiguous "
                + "backtracking).")
public record EventTypeFilter(List<String> patterns) {

    private static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*(\\.\\*)?");
    static final int MAX_PATTERNS = 50;

    public EventTypeFilter {
        patterns = List.copyOf(patterns);
    }

    /**
     * Parses patterns given as a list or separated by commas, spaces or new lines.
     *
     * @throws InvalidRequestException for a malformed pattern (field {@code eventTypes})
     */
    public static EventTypeFilter parse(List<String> given) {
        Set<String> patterns = new LinkedHashSet<>();
        if (given != null) {
            for (String entry : given) {
                if (entry == null) {
                    continue;
                }
                for (String part : entry.split("[,\\s]+")) {
                    String pattern = part.strip();
                    if (pattern.isEmpty()) {
                        continue;
                    }
                    if (!pattern.equals("*") && (pattern.length() > 100 || !PATTERN.matcher(pattern).matches())) {
                        throw new InvalidRequestException("eventTypes", "\"" + abbreviate(pattern)
                                + "\" is not an event type such as change-request.decided, a prefix such as"
                                + " change-request.* or * for all.");
                    }
                    patterns.add(pattern);
                }
            }
        }
        if (patterns.contains("*")) {
            return new EventTypeFilter(List.of("*"));
        }
        if (patterns.size() > MAX_PATTERNS) {
            throw new InvalidRequestException("eventTypes", "At most " + MAX_PATTERNS + " event types, please.");
        }
        return new EventTypeFilter(new ArrayList<>(patterns));
    }

    static EventTypeFilter decode(String stored) {
        return parse(List.of(stored));
    }

    String encode() {
        return patterns.isEmpty() ? "*" : String.join(" ", patterns);
    }

    public boolean all() {
        return patterns.isEmpty() || patterns.contains("*");
    }

    public boolean matches(String type) {
        if (all()) {
            return true;
        }
        for (String pattern : patterns) {
            if (pattern.endsWith(".*") ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
