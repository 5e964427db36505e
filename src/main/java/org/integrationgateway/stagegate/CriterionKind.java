package org.integrationgateway.stagegate;

/** A must-meet criterion is answered yes/no and must be met to pass; a should-meet one is scored 0–10 and weighted. */
public enum CriterionKind {
    MUST_MEET, SHOULD_MEET
}
