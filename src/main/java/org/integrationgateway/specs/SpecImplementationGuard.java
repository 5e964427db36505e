package org.integrationgateway.specs;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.integrationgateway.changecontrol.spi.SpecImplementationCheck;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps baselines honest: a change request that affects items of its project's spec is implemented only by writing
 * their new revisions ({@link Specifications#implement}), never by a bare state change. Affected keys the spec does
 * not have (yet) do not hold the request back.
 */
@Component
class SpecImplementationGuard implements SpecImplementationCheck {

    private final NamedParameterJdbcTemplate jdbc;

    SpecImplementationGuard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refusal(long changeRequestId, long projectId, Collection<String> affectedItemKeys) {
        if (affectedItemKeys.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = jdbc.queryForList("select item_key from spec_item where project = :project"
                + " and item_key in (:keys) order by number", Map.of("project", projectId, "keys",
                affectedItemKeys.stream().map(key -> key.toUpperCase(Locale.ROOT)).toList()), String.class);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Integer written = jdbc.queryForObject("select count(*) from spec_item_revision where change_request = :request",
                Map.of("request", changeRequestId), Integer.class);
        if (written != null && written > 0) {
            return Optional.empty();
        }
        return Optional.of("CR-" + changeRequestId + " affects " + String.join(", ", known) + " of the project's spec: "
                + "implement it in the spec (/changes/" + changeRequestId + "/implementation), which writes their new "
                + "revisions and marks the change implemented.");
    }
}
