package org.integrationgateway.changecontrol;

/** The risk of carrying out a change, as judged in its impact assessment. */
public enum Risk {
    LOW, MEDIUM, HIGH
}
