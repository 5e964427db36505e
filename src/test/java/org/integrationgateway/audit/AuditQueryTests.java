package org.integrationgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AuditQueryTests {

    @Test
    void readsInstantsOffsetsAndLocalTimesAsUtc() {
        assertThat(AuditQuery.parseTime("from", "2026-11-25T09:00:00Z")).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(AuditQuery.parseTime("from", "2026-11-25T10:00:00+01:00")).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(AuditQuery.parseTime("from", "2026-11-25T09:00")).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(AuditQuery.parseTime("from", " 2026-11-25T09:00:30 ")).isEqualTo(Instant.parse("2026-11-25T09:00:30Z"));
        assertThat(AuditQuery.parseTime("from", "  ")).isNull();
        assertThat(AuditQuery.parseTime("from", null)).isNull();
    }

    @Test
    void refusesTimesThatCannotBeRead() {
        for (String bad : new String[] {"yesterday", "2026-13-01T00:00", "2026-11-25", "1700000000"}) {
            assertThatThrownBy(() -> AuditQuery.parseTime("to", bad))
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("to");
        }
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        Instant t = Instant.parse("2026-11-25T09:00:00Z");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, t, t))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("later");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, t, t.minusSeconds(1)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void treatsBlankFiltersAsAbsentAndNormalisesTheActor() {
        AuditQuery query = new AuditQuery(" ", "", " Ada@Kestrel.Example ", null, null);
        assertThat(query.entityType()).isNull();
        assertThat(query.entityId()).isNull();
        assertThat(query.actor()).isEqualTo("ada@kestrel.example");
    }

    @Test
    void refusesFiltersLongerThanTheirColumns() {
        assertThatThrownBy(() -> new AuditQuery("x".repeat(61), null, null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("entityType");
        assertThatThrownBy(() -> new AuditQuery(null, "1".repeat(61), null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("entityId");
        assertThatThrownBy(() -> new AuditQuery(null, null, "a".repeat(255), null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("actor");
    }
}
