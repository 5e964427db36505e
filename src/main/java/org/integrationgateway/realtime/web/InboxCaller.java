package org.integrationgateway.realtime.web;

import java.util.Optional;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.shared.NotFoundException;

/** The person whose inbox the signed-in caller reads: the one their account belongs to. */
final class InboxCaller {

    private InboxCaller() {
    }

    static Optional<Long> person(Inbox inbox) {
        return CurrentUser.get().flatMap(inbox::personOf);
    }

    /** The caller's person, or 404 for an account that belongs to nobody (it has no inbox). */
    static long requirePerson(Inbox inbox) {
        return person(inbox).orElseThrow(() -> new NotFoundException("Inbox", "of an account without a person"));
    }
}
