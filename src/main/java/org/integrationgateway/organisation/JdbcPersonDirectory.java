package org.integrationgateway.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link PersonDirectory} over the organisation's tables; every lookup is a single query. */
@Component
@Transactional(readOnly = true)
class JdbcPersonDirectory implements PersonDirectory {

    /** Enough for the person choices of forms in an organisation of up to a thousand people. */
    static final int MAX_SEARCH = 1000;

    private final OrganisationQueries queries;

    JdbcPersonDirectory(OrganisationQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<PersonSummary> find(long personId) {
        return queries.person(personId).map(PersonView::toSummary);
    }

    @Override
    public Map<Long, PersonSummary> findAll(Collection<Long> personIds) {
        if (personIds == null || personIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return queries.peopleWithIds(ids).stream().map(PersonView::toSummary)
                .collect(Collectors.toUnmodifiableMap(PersonSummary::id, Function.identity()));
    }

    @Override
    public Optional<PersonSummary> findByUserAccount(long userAccountId) {
        return queries.personWithAccount(userAccountId).map(PersonView::toSummary);
    }

    @Override
    public List<PersonSummary> search(String text, int limit) {
        int bounded = Math.max(0, Math.min(limit, MAX_SEARCH));
        if (bounded == 0) {
            return List.of();
        }
        return queries.searchPeople(text, bounded).stream().map(PersonView::toSummary).toList();
    }
}
