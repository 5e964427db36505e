package org.integrationgateway.specs;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A typed link of the traceability graph: {@code from} led to {@code to} by {@code relation}. Recorded once per
 * (from, to, relation). A link is {@code suspect} when the item revision it comes from was superseded after the
 * link was made, until someone reviews it.
 */
@Table("trace_link")
public record TraceLink(@Id Long id, String fromType, String fromId, String fromLabel, Long fromProject,
                        String toType, String toId, String toLabel, Long toProject, String relation,
                        Instant recordedAt, boolean suspect, Instant suspectSince, String suspectReason,
                        String reviewedBy, Instant reviewedAt, @Version Long version) {
}
