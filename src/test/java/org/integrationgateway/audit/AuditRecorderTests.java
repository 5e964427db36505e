package org.integrationgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.shared.AuditedChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, DurableEventProbe.class})
class AuditRecorderTests {

    /** A change of a made-up entity, so the test depends on no other module's events. */
    record ThingRenamed(String thingId, Map<String, Object> before, Map<String, Object> after) implements AuditedChange {

        @Override
        public String entityType() {
            return "RecorderTestThing";
        }

        @Override
        public String entityId() {
            return thingId;
        }

        @Override
        public String action() {
            return "renamed";
        }
    }

    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void writesTheEntryInThePublishingTransaction() {
        String id = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ThingRenamed(id, Map.of("name", "Old"), Map.of("name", "New")));
            assertThat(entriesFor(id)).as("visible inside the publishing transaction").hasSize(1);
        });

        Map<String, Object> entry = entriesFor(id).get(0);
        assertThat(entry.get("actor")).isEqualTo("system");
        assertThat(entry.get("entity_type")).isEqualTo("RecorderTestThing");
        assertThat(entry.get("action")).isEqualTo("renamed");
        assertThat(entry.get("before_state")).isEqualTo("{\"name\":\"Old\"}");
        assertThat(entry.get("after_state")).isEqualTo("{\"name\":\"New\"}");
        Instant occurredAt = jdbc.queryForObject("select occurred_at from audit_entry where entity_id = ?",
                Instant.class, id);
        assertThat(occurredAt).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void recordsTheSignedInPersonAsTheActor() {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(admin));
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status ->
                events.publishEvent(new ThingRenamed(id, null, Map.of("name", "Created"))));

        Map<String, Object> entry = entriesFor(id).get(0);
        assertThat(entry.get("actor")).isEqualTo(admin.email());
        assertThat(entry.get("before_state")).isNull();
    }

    @Test
    void writesNothingWhenThePublishingTransactionRollsBack() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new ThingRenamed(id, Map.of("name", "Old"), Map.of("name", "New")));
            throw new IllegalStateException("the business change failed after publishing");
        })).hasMessageContaining("failed after publishing");

        assertThat(entriesFor(id)).isEmpty();
    }

    @Test
    void refusesAnAuditedChangePublishedOutsideATransaction() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> events.publishEvent(new ThingRenamed(id, null, Map.of("name", "x"))))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(entriesFor(id)).isEmpty();
    }

    private List<Map<String, Object>> entriesFor(String entityId) {
        return jdbc.queryForList("select actor, entity_type, action, before_state, after_state from audit_entry"
                + " where entity_id = ?", entityId);
    }
}
