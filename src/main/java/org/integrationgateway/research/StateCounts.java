package org.integrationgateway.research;

/** How many findings (under the board's other filters) are in each state. */
public record StateCounts(long fresh, long interpreted, long actioned) {

    public long of(FindingState state) {
        return switch (state) {
            case NEW -> fresh;
            case INTERPRETED -> interpreted;
            case ACTIONED -> actioned;
        };
    }

    public long total() {
        return fresh + interpreted + actioned;
    }
}
