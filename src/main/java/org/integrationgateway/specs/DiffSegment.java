package org.integrationgateway.specs;

/** A run of words that two texts share, or that only the later one (INSERTED) or the earlier one (DELETED) has. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL, INSERTED, DELETED
    }
}
