package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.integrationgateway.identity.Role;
import org.junit.jupiter.api.Test;

/** Who may see which event, for every audience and every kind of viewer. */
class StreamAccessTests {

    private static final long ACME = 11;
    private static final long GLOBEX = 12;

    private final Viewer staff = viewer(true, Set.of(Role.STAFF), null, 100L);
    private final Viewer pmo = viewer(true, Set.of(Role.PMO), null, 101L);
    private final Viewer admin = viewer(true, Set.of(Role.ADMINISTRATOR), null, 102L);
    private final Viewer acmeContact = viewer(true, Set.of(Role.CUSTOMER_CONTACT), ACME, null);
    private final Viewer contactWithPerson = viewer(true, Set.of(Role.CUSTOMER_CONTACT), ACME, 103L);
    private final Viewer orphanContact = viewer(true, Set.of(Role.CUSTOMER_CONTACT), null, null);
    private final Viewer disabledAdmin = viewer(false, Set.of(Role.ADMINISTRATOR), null, 104L);

    @Test
    void internalEventsAreForStaffOnly() {
        StreamEntry internal = entry(StreamAudience.INTERNAL, null, null);
        assertThat(StreamAccess.maySee(staff, internal)).isTrue();
        assertThat(StreamAccess.maySee(pmo, internal)).isTrue();
        assertThat(StreamAccess.maySee(admin, internal)).isTrue();
        assertThat(StreamAccess.maySee(acmeContact, internal)).isFalse();
        assertThat(StreamAccess.maySee(contactWithPerson, internal)).isFalse();
        assertThat(StreamAccess.maySee(disabledAdmin, internal)).isFalse();
    }

    @Test
    void customerEventsAreForStaffAndTheContactsOfTheirOrganisationOnly() {
        StreamEntry forAcme = entry(StreamAudience.CUSTOMER, ACME, null);
        StreamEntry forGlobex = entry(StreamAudience.CUSTOMER, GLOBEX, null);
        assertThat(StreamAccess.maySee(staff, forAcme)).isTrue();
        assertThat(StreamAccess.maySee(admin, forGlobex)).isTrue();
        assertThat(StreamAccess.maySee(acmeContact, forAcme)).isTrue();
        assertThat(StreamAccess.maySee(acmeContact, forGlobex)).isFalse();
        assertThat(StreamAccess.maySee(orphanContact, forAcme)).isFalse();
        assertThat(StreamAccess.maySee(disabledAdmin, forAcme)).isFalse();
    }

    @Test
    void personalEventsAreForTheirPersonOnlyEvenAgainstAdministrators() {
        StreamEntry forStaff = entry(StreamAudience.PERSON, null, 100L);
        StreamEntry forContact = entry(StreamAudience.PERSON, null, 103L);
        assertThat(StreamAccess.maySee(staff, forStaff)).isTrue();
        assertThat(StreamAccess.maySee(pmo, forStaff)).isFalse();
        assertThat(StreamAccess.maySee(admin, forStaff)).isFalse();
        assertThat(StreamAccess.maySee(acmeContact, forStaff)).isFalse();
        assertThat(StreamAccess.maySee(contactWithPerson, forContact)).isTrue();
        assertThat(StreamAccess.maySee(orphanContact, forContact)).isFalse();
        assertThat(StreamAccess.maySee(viewer(false, Set.of(Role.STAFF), null, 100L), forStaff)).isFalse();
    }

    @Test
    void administrativeEventsAreForAdministratorsOnly() {
        StreamEntry administrative = entry(StreamAudience.ADMINISTRATORS, null, null);
        assertThat(StreamAccess.maySee(admin, administrative)).isTrue();
        assertThat(StreamAccess.maySee(staff, administrative)).isFalse();
        assertThat(StreamAccess.maySee(pmo, administrative)).isFalse();
        assertThat(StreamAccess.maySee(acmeContact, administrative)).isFalse();
        assertThat(StreamAccess.maySee(disabledAdmin, administrative)).isFalse();
    }

    private static Viewer viewer(boolean enabled, Set<Role> roles, Long organisation, Long person) {
        return new Viewer(1, enabled, roles, organisation, person);
    }

    private static StreamEntry entry(StreamAudience audience, Long organisation, Long person) {
        return new StreamEntry(UUID.randomUUID(), 1, "test.event", audience, organisation, person, 7L,
                Set.of(Topics.project(7)), "{}", Instant.now());
    }
}
