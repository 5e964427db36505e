package org.integrationgateway.changecontrol;

import org.springframework.data.relational.core.mapping.Table;

@Table("change_envelope_category")
public record EnvelopeCategory(String category) {
}
