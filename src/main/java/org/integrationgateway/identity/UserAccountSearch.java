package org.integrationgateway.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The filtered, paged account list, answered in SQL (one query for the page, one for its roles). */
@Component
class UserAccountSearch {

    /** Sort fields of the account list and their columns. */
    static final Map<String, String> SORTABLE = Map.of("displayName", "display_name", "email", "email",
            "createdAt", "created_at");

    private final NamedParameterJdbcTemplate jdbc;

    UserAccountSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<UserAccountDetails> search(UserAccountQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(a.display_name) like :text escape '\\' or a.email like :text escape '\\')");
            params.addValue("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.enabled() != null) {
            where.append(" and a.enabled = :enabled");
            params.addValue("enabled", query.enabled());
        }
        if (query.role() != null) {
            where.append(" and exists (select 1 from user_role r where r.user_account = a.id and r.role = :role)");
            params.addValue("role", query.role().name());
        }
        long total = jdbc.queryForObject("select count(*) from user_account a" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<Row> rows = jdbc.query("select a.id, a.email, a.display_name, a.enabled, a.customer_organisation,"
                + " a.created_at, a.credentials_changed_at, a.version from user_account a" + where
                + orderBy(pageable.getSort()) + " limit :limit offset :offset", params, UserAccountSearch::row);
        Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(Row::id).toList());
        List<UserAccountDetails> content = rows.stream().map(row -> new UserAccountDetails(row.id, row.email,
                row.displayName, Set.copyOf(roles.getOrDefault(row.id, Set.of())), row.enabled,
                row.customerOrganisation, row.createdAt, row.credentialsChangedAt, row.version)).toList();
        return new PageImpl<>(content, pageable, total);
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        jdbc.query("select user_account, role from user_role where user_account in (:ids)", Map.of("ids", ids),
                rs -> {
                    roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                });
        return roles;
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                parts.add("a." + column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        parts.add("a.id asc");
        return " order by " + String.join(", ", parts);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), rs.getBoolean("enabled"),
                (Long) rs.getObject("customer_organisation", Long.class),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("credentials_changed_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    private record Row(long id, String email, String displayName, boolean enabled, Long customerOrganisation,
                       java.time.Instant createdAt, java.time.Instant credentialsChangedAt, long version) {
    }
}
