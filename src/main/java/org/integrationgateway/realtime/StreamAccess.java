package org.integrationgateway.realtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.UserAccountDetails;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Decides, per event and per subscriber, whether the event may be delivered (see {@link StreamAudience}). A
 * subscriber's rights are looked up again at most {@link #FRESHNESS} after the last lookup, so a disabled account
 * or a changed role stops deliveries within that time even while its stream stays open.
 */
@Component
class StreamAccess {

    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final AccountManagement accounts;
    private final PersonDirectory people;
    private final Clock clock;
    private final Map<Long, Cached> viewers = new ConcurrentHashMap<>();

    StreamAccess(AccountManagement accounts, PersonDirectory people, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    boolean maySee(long accountId, StreamEntry entry) {
        return viewer(accountId).map(viewer -> maySee(viewer, entry)).orElse(false);
    }

    static boolean maySee(Viewer viewer, StreamEntry entry) {
        if (!viewer.enabled()) {
            return false;
        }
        return switch (entry.audience()) {
            case INTERNAL -> !viewer.isCustomer();
            case CUSTOMER -> !viewer.isCustomer() || entry.organisationId().equals(viewer.customerOrganisation());
            case PERSON -> viewer.personId() != null && viewer.personId().equals(entry.personId());
            case ADMINISTRATORS -> viewer.isAdministrator();
        };
    }

    /** The account's current rights, or empty when the account no longer exists. */
    Optional<Viewer> viewer(long accountId) {
        Instant now = Instant.now(clock);
        Cached cached = viewers.get(accountId);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.ofNullable(cached.viewer());
        }
        Viewer viewer = lookUp(accountId);
        viewers.put(accountId, new Cached(viewer, now.plus(FRESHNESS)));
        return Optional.ofNullable(viewer);
    }

    private Viewer lookUp(long accountId) {
        UserAccountDetails account;
        try {
            account = accounts.find(accountId);
        } catch (NotFoundException e) {
            return null;
        }
        Long personId = people.findByUserAccount(accountId).map(PersonSummary::id).orElse(null);
        return new Viewer(accountId, account.enabled(), account.roles(), account.customerOrganisation(), personId);
    }

    private record Cached(Viewer viewer, Instant until) {
    }
}
