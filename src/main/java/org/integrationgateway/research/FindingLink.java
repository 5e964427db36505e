package org.integrationgateway.research;

import org.springframework.data.relational.core.mapping.Table;

/** A link to evidence of a finding (http or https). */
@Table("finding_link")
public record FindingLink(String url) {
}
