package org.integrationgateway.research;

/** How far the people who surfaced a finding trust it. */
public enum Confidence {
    LOW, MEDIUM, HIGH
}
