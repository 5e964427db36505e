package org.integrationgateway.realtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * Resolves mention handles to the organisation's people: a handle names the person whose e-mail local part it is
 * (case-insensitive). A handle that names nobody stays plain text.
 */
@Component
class MentionDirectory {

    private static final int CANDIDATES = 20;

    private final PersonDirectory people;

    MentionDirectory(PersonDirectory people) {
        this.people = people;
    }

    /** The people the handles in {@code markdown} name, by handle; unknown handles are absent. */
    Map<String, PersonSummary> mentionedIn(String markdown) {
        Map<String, PersonSummary> found = new LinkedHashMap<>();
        Set<String> handles = MentionParser.handles(markdown);
        for (String handle : handles) {
            people.search(handle + "@", CANDIDATES).stream()
                    .filter(person -> MentionParser.handleOf(person.email()).equals(handle))
                    .findFirst()
                    .ifPresent(person -> found.put(handle, person));
        }
        return found;
    }
}
