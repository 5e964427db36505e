package org.integrationgateway.acceptance;

import org.springframework.data.relational.core.mapping.Table;

/** A defect listed in a rejection, numbered from 1 by its position; {@code step} is the step it showed in, if any. */
@Table("acceptance_defect")
public record Defect(String title, String description, Integer step) {
}
