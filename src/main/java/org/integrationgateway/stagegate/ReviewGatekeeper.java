package org.integrationgateway.stagegate;

import org.springframework.data.relational.core.mapping.Table;

/** A person who keeps the gate of one review (scores it). */
@Table("review_gatekeeper")
public record ReviewGatekeeper(long person) {
}
