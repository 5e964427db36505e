package org.integrationgateway.acceptance;

/** What the customer found when running a step: the expected result (PASS) or not (FAIL). */
public enum StepResult {
    PASS, FAIL
}
