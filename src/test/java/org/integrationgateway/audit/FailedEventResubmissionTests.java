package org.integrationgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** Which publications the resubmission pass takes: failed ones only, and not after too many attempts. */
class FailedEventResubmissionTests {

    @Test
    void onlyFailedPublicationsWithAttemptsLeftAreDue() {
        assertThat(FailedEventResubmission.due(publication(EventPublication.Status.FAILED, 1))).isTrue();
        assertThat(FailedEventResubmission.due(publication(EventPublication.Status.FAILED,
                FailedEventResubmission.MAX_ATTEMPTS))).isFalse();
        assertThat(FailedEventResubmission.due(publication(EventPublication.Status.PROCESSING, 1)))
                .as("one still being processed is never run twice at once").isFalse();
        assertThat(FailedEventResubmission.due(publication(EventPublication.Status.PUBLISHED, 0))).isFalse();
        assertThat(FailedEventResubmission.due(publication(EventPublication.Status.RESUBMITTED, 1))).isFalse();
    }

    private static EventPublication publication(EventPublication.Status status, int attempts) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "an event";
            }

            @Override
            public Instant getPublicationDate() {
                return Instant.EPOCH;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return status;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return null;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
