package org.integrationgateway.stagegate.events;

import java.time.Instant;

/** Another module ({@code source}, e.g. change control) interrupted the project for {@code reference}. */
public record ProjectInterrupted(LifecycleSnapshot before, LifecycleSnapshot after, String source, String reference,
                                 String reason, Instant startedAt) implements LifecycleTransition {

    @Override
    public String action() {
        return "interrupted";
    }
}
