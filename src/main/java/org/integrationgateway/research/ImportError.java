package org.integrationgateway.research;

import org.springframework.data.relational.core.mapping.Table;

/** A problem with one line of an imported file (line 1 is the header, or the whole file). */
@Table("research_import_error")
public record ImportError(int line, String reason) {
}
