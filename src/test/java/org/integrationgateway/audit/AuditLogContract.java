package org.integrationgateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/** Filtering, ordering and paging of the audit log, in SQL; run on H2 and on PostgreSQL. */
abstract class AuditLogContract {

    static final Instant DAY_1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant DAY_2 = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant DAY_3 = Instant.parse("2026-01-03T10:00:00Z");

    @Autowired AuditLog auditLog;
    @Autowired AuditEntries entries;

    String type;
    AuditEntry first;
    AuditEntry second;
    AuditEntry third;

    @BeforeEach
    void writeEntries() {
        type = "LogTest" + UUID.randomUUID().toString().substring(0, 8);
        first = entries.save(new AuditEntry(null, DAY_1, "ada@kestrel.example", type, "1", "created", null, "{\"n\":1}"));
        second = entries.save(new AuditEntry(null, DAY_2, "bo@kestrel.example", type, "2", "created", null, "{\"n\":2}"));
        third = entries.save(new AuditEntry(null, DAY_3, "bo@kestrel.example", type, "1", "renamed", "{\"n\":1}", "{\"n\":3}"));
    }

    @Test
    void listsTheEntriesOfAnEntityTypeNewestFirst() {
        assertThat(ids(auditLog.find(query(null, null, null, null), null, null, null)))
                .containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    void filtersByEntity() {
        assertThat(ids(auditLog.find(query("1", null, null, null), null, null, null)))
                .containsExactly(third.id(), first.id());
    }

    @Test
    void filtersByActorIgnoringCase() {
        assertThat(ids(auditLog.find(query(null, " Bo@Kestrel.example ", null, null), null, null, null)))
                .containsExactly(third.id(), second.id());
    }

    @Test
    void filtersByTimeFromInclusiveToExclusive() {
        assertThat(ids(auditLog.find(query(null, null, DAY_2, null), null, null, null)))
                .containsExactly(third.id(), second.id());
        assertThat(ids(auditLog.find(query(null, null, null, DAY_2), null, null, null)))
                .containsExactly(first.id());
        assertThat(ids(auditLog.find(query(null, null, DAY_1, DAY_3), null, null, null)))
                .containsExactly(second.id(), first.id());
    }

    @Test
    void combinesFilters() {
        assertThat(ids(auditLog.find(query("1", "bo@kestrel.example", DAY_2, null), null, null, null)))
                .containsExactly(third.id());
    }

    @Test
    void pagesAndSortsOldestFirstOnRequest() {
        Page<AuditEntry> secondPage = auditLog.find(query(null, null, null, null), 1, 2, null);
        assertThat(ids(secondPage)).containsExactly(first.id());
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
        assertThat(secondPage.getTotalPages()).isEqualTo(2);

        assertThat(ids(auditLog.find(query(null, null, null, null), null, null, "occurredAt,asc")))
                .containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void refusesUnknownSortFieldsAndOversizedPages() {
        assertThatThrownBy(() -> auditLog.find(query(null, null, null, null), null, null, "actor"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> auditLog.find(query(null, null, null, null), null, 101, null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void offersTheEntityTypesThatOccur() {
        assertThat(auditLog.entityTypes()).contains(type).isSorted();
    }

    private AuditQuery query(String entityId, String actor, Instant from, Instant to) {
        return new AuditQuery(type, entityId, actor, from, to);
    }

    private static java.util.List<Long> ids(Page<AuditEntry> page) {
        return page.getContent().stream().map(AuditEntry::id).toList();
    }
}
