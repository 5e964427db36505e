package org.integrationgateway.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * Filters of the audit log; every filter is optional and they combine with "and".
 * Text filters match exactly; {@code actor} is compared in lower case, as actors are recorded
 * (lower-case e-mails or {@code system}); {@code from} is inclusive, {@code to} exclusive.
 * Blank text counts as no filter.
 *
 * @throws InvalidRequestException if a filter is longer than the column it filters, or {@code from} is not before {@code to}
 */
public record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        entityType = blankToNull(entityType, "entityType", 60);
        entityId = blankToNull(entityId, "entityId", 60);
        actor = blankToNull(actor, "actor", 254);
        actor = actor == null ? null : actor.toLowerCase(Locale.ROOT);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("to", "'to' must be later than 'from'.");
        }
    }

    /**
     * Reads a time filter typed by a person: an ISO-8601 instant ({@code 2026-11-25T09:00:00Z}), a date-time with
     * an offset, or a local date-time ({@code 2026-11-25T09:00}, as sent by a {@code datetime-local} field),
     * which is taken as UTC. Blank means no filter.
     *
     * @throws InvalidRequestException naming {@code field} if the text is none of these
     */
    public static Instant parseTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                throw new InvalidRequestException(field,
                        "'" + field + "' must be a date and time such as 2026-11-25T09:00 (UTC) or 2026-11-25T09:00:00Z.");
            }
        }
    }

    private static String blankToNull(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidRequestException(field, "'" + field + "' must have at most " + maxLength + " characters.");
        }
        return trimmed;
    }
}
