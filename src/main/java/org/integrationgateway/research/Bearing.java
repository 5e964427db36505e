package org.integrationgateway.research;

import org.springframework.data.relational.core.mapping.Table;

/** What a finding bears on (see {@link BearingInput}), as recorded by its interpretation. */
@Table("finding_bearing")
public record Bearing(long project, String itemKey, String how, boolean contradicts) {
}
