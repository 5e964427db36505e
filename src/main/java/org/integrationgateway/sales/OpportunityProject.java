package org.integrationgateway.sales;

import org.springframework.data.relational.core.mapping.Table;

/** A project an opportunity concerns (by id). */
@Table("opportunity_project")
public record OpportunityProject(long project) {
}
