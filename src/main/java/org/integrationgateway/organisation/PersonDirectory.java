package org.integrationgateway.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to people for other modules. Lookups of many ids run as one query. */
public interface PersonDirectory {

    Optional<PersonSummary> find(long personId);

    /** The people with the given ids, keyed by id; unknown ids are absent from the map. */
    Map<Long, PersonSummary> findAll(Collection<Long> personIds);

    /** The person linked to a sign-in account, if any. */
    Optional<PersonSummary> findByUserAccount(long userAccountId);

    /** Up to {@code limit} people whose name or e-mail contains {@code text} (case-insensitive), by name. */
    List<PersonSummary> search(String text, int limit);
}
