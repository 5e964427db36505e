package org.integrationgateway.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditSnapshotsTests {

    @Test
    void namesTheTopLevelFieldsThatChanged() {
        assertThat(AuditSnapshots.changedFields("{\"name\":\"A\",\"status\":\"OPEN\",\"gone\":1}",
                "{\"name\":\"B\",\"status\":\"OPEN\",\"added\":true}")).containsExactly("name", "gone", "added");
    }

    @Test
    void namesNothingForCreationsDeletionsAndNonObjects() {
        assertThat(AuditSnapshots.changedFields(null, "{\"name\":\"A\"}")).isEmpty();
        assertThat(AuditSnapshots.changedFields("{\"name\":\"A\"}", null)).isEmpty();
        assertThat(AuditSnapshots.changedFields("[1]", "[2]")).isEmpty();
    }

    @Test
    void prettyPrintsJsonAndShowsOtherTextAsIs() {
        assertThat(AuditSnapshots.pretty("{\"name\":\"A\",\"n\":1}")).contains("\n").contains("\"name\"").contains("\"A\"");
        assertThat(AuditSnapshots.parse("not json").asString()).isEqualTo("not json");
        assertThat(AuditSnapshots.pretty(null)).isNull();
    }
}
