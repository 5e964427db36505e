package org.integrationgateway.specs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.integrationgateway.portfolio.Portfolio;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer catalogue: the standard options of a project's current design baseline, so that a quote offers only
 * what the current design contains. Read without a permission check: the sales module shows it to the people it
 * lets quote.
 * <p>
 * An option is an item whose revision frozen in the latest baseline has category {@code option} (in any case) and a
 * price; title, price, currency and lead time are that revision's, never the item's later draft. A retired revision
 * is not offered. Two queries, whatever the number of options.
 */
@Service
@Transactional(readOnly = true)
public class OfferCatalogue {

    private final Portfolio portfolio;
    private final NamedParameterJdbcTemplate jdbc;

    OfferCatalogue(Portfolio portfolio, NamedParameterJdbcTemplate jdbc) {
        this.portfolio = portfolio;
        this.jdbc = jdbc;
    }

    /**
     * The priced options of the project's latest baseline, by item key.
     *
     * @throws org.integrationgateway.shared.NotFoundException if there is no such project
     */
    public Offer offer(long projectId) {
        portfolio.project(projectId);
        List<Offer> latest = jdbc.query("select id, name, frozen_at from baseline where project = :project"
                        + " order by number desc limit 1", Map.of("project", projectId),
                (rs, n) -> new Offer(projectId, rs.getLong("id"), rs.getString("name"),
                        rs.getObject("frozen_at", java.time.OffsetDateTime.class).toInstant(), List.of()));
        if (latest.isEmpty()) {
            return new Offer(projectId, null, null, null, List.of());
        }
        Offer baseline = latest.get(0);
        List<OfferOption> options = jdbc.query("select r.spec_item, r.item_key, r.revision, r.title, r.option_price,"
                        + " r.option_currency, r.lead_time_days from baseline_entry e"
                        + " join spec_item_revision r on r.id = e.item_revision"
                        + " where e.baseline = :baseline and lower(r.category) = 'option'"
                        + " and r.option_price is not null and r.status <> 'RETIRED'",
                Map.of("baseline", baseline.baselineId()),
                (rs, n) -> new OfferOption(rs.getLong("spec_item"), rs.getString("item_key"), rs.getInt("revision"),
                        rs.getString("title"), rs.getBigDecimal("option_price"), rs.getString("option_currency"),
                        (Integer) rs.getObject("lead_time_days", Integer.class)));
        return new Offer(projectId, baseline.baselineId(), baseline.baselineName(), baseline.frozenAt(),
                options.stream().sorted(Comparator.comparingInt((OfferOption o) -> SpecKeys.number(o.itemKey()))
                        .thenComparing(OfferOption::itemKey)).toList());
    }

    /**
     * One option of the project's latest baseline by key (case-insensitive), if it is offered.
     *
     * @throws org.integrationgateway.shared.NotFoundException if there is no such project
     */
    public Optional<OfferOption> option(long projectId, String itemKey) {
        String key = itemKey == null ? "" : itemKey.strip().toUpperCase(Locale.ROOT);
        return offer(projectId).options().stream().filter(o -> o.itemKey().equals(key)).findFirst();
    }
}
