package org.integrationgateway.changecontrol;

/** Filters of the change log; null means any. {@code text} matches the title (case-insensitive). */
public record ChangeFilter(ChangeState state, Origin origin, ChangeClass changeClass, Integer targetStage, String text) {

    public static ChangeFilter none() {
        return new ChangeFilter(null, null, null, null, null);
    }
}
