package org.integrationgateway.acceptance;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of an acceptance task: what to do and the result expected, and once run by the customer the result
 * (PASS or FAIL), their note, who recorded it and when.
 */
@Table("acceptance_step")
public record AcceptanceStep(String instruction, String expectedResult, StepResult result, String note,
                             String recordedBy, Instant recordedAt) {

    public boolean recorded() {
        return result != null;
    }
}
