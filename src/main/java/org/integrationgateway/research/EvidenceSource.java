package org.integrationgateway.research;

/** Where a finding comes from. */
public enum EvidenceSource {
    SURVEY, INTERVIEW, COMPETITOR_ANALYSIS, ANALYST_REPORT, USAGE_DATA, FIELD_SALES
}
