package org.integrationgateway.changecontrol;

public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
