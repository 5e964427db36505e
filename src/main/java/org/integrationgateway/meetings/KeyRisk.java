package org.integrationgateway.meetings;

import org.springframework.data.relational.core.mapping.Table;

/** One of a status report's key risks, in a sentence. */
@Table("status_report_risk")
public record KeyRisk(String text) {
}
