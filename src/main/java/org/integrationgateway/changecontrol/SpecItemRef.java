package org.integrationgateway.changecontrol;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A spec item a change affects, by its stable key (e.g. {@code SPEC-22}) and category (e.g. {@code option},
 * {@code mechanical}); the category decides whether the delegated envelope covers the change. Until the specs
 * module resolves keys, both are as the requester or assessor gave them.
 */
@Table("change_request_item")
public record SpecItemRef(String itemKey, String category) {
}
