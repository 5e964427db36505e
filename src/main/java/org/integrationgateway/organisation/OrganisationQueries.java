package org.integrationgateway.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the organisation: paged, filtered lists and details, each one SQL query (plus one count for
 * a page). Sort fields are translated through fixed maps, so no request text ever reaches the SQL.
 */
@Component
class OrganisationQueries {

    static final Map<String, String> DEPARTMENT_SORT = Map.of("name", "d.name", "kind", "d.kind",
            "peopleCount", "people_count");
    static final Map<String, String> PERSON_SORT = Map.of("name", "p.full_name", "email", "p.email",
            "department", "d.name");
    static final Map<String, String> CUSTOMER_SORT = Map.of("name", "c.name", "industry", "c.industry");
    static final Map<String, String> CONTACT_SORT = Map.of("name", "cc.full_name", "email", "cc.email",
            "jobTitle", "cc.job_title");

    private static final String DEPARTMENT_SELECT = "select d.id, d.name, d.kind, d.version,"
            + " (select count(*) from person p where p.department = d.id) as people_count from department d";
    private static final String PERSON_FROM = " from person p join department d on d.id = p.department";
    private static final String PERSON_SELECT = "select p.id, p.full_name, p.email, p.department, d.name as department_name,"
            + " d.kind as department_kind, p.title, p.user_account, p.version" + PERSON_FROM;
    private static final String CUSTOMER_SELECT = "select c.id, c.name, c.industry, c.website, c.version,"
            + " (select count(*) from customer_contact cc where cc.customer = c.id) as contact_count from customer c";
    private static final String CONTACT_SELECT = "select cc.id, cc.customer, cc.full_name, cc.email, cc.phone,"
            + " cc.job_title, cc.user_account, cc.version from customer_contact cc";

    private static final RowMapper<DepartmentView> DEPARTMENT = (rs, n) -> new DepartmentView(rs.getLong("id"),
            rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")), rs.getLong("people_count"),
            rs.getLong("version"));
    private static final RowMapper<PersonView> PERSON = (rs, n) -> new PersonView(rs.getLong("id"),
            rs.getString("full_name"), rs.getString("email"), rs.getLong("department"), rs.getString("department_name"),
            DepartmentKind.valueOf(rs.getString("department_kind")), rs.getString("title"),
            nullableLong(rs, "user_account"), rs.getLong("version"));
    private static final RowMapper<CustomerView> CUSTOMER = (rs, n) -> new CustomerView(rs.getLong("id"),
            rs.getString("name"), rs.getString("industry"), rs.getString("website"), rs.getLong("contact_count"),
            rs.getLong("version"));
    private static final RowMapper<ContactView> CONTACT = (rs, n) -> new ContactView(rs.getLong("id"),
            rs.getLong("customer"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
            rs.getString("job_title"), nullableLong(rs, "user_account"), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;

    OrganisationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<DepartmentView> departments(String text, DepartmentKind kind, Pageable pageable) {
        Where where = new Where();
        where.contains(text, "d.name");
        where.equal(kind == null ? null : kind.name(), "d.kind", "kind");
        return page(DEPARTMENT_SELECT, "select count(*) from department d", where, pageable, DEPARTMENT_SORT, "d.id", DEPARTMENT);
    }

    List<DepartmentView> allDepartments() {
        return jdbc.query(DEPARTMENT_SELECT + " order by d.name", DEPARTMENT);
    }

    Optional<DepartmentView> department(long id) {
        return jdbc.query(DEPARTMENT_SELECT + " where d.id = :id", Map.of("id", id), DEPARTMENT).stream().findFirst();
    }

    Page<PersonView> people(PersonFilter filter, Pageable pageable) {
        Where where = new Where();
        where.contains(filter.text(), "p.full_name", "p.email");
        where.equal(filter.departmentId(), "p.department", "department");
        where.equal(filter.kind() == null ? null : filter.kind().name(), "d.kind", "kind");
        return page(PERSON_SELECT, "select count(*)" + PERSON_FROM, where, pageable, PERSON_SORT, "p.id", PERSON);
    }

    Optional<PersonView> person(long id) {
        return jdbc.query(PERSON_SELECT + " where p.id = :id", Map.of("id", id), PERSON).stream().findFirst();
    }

    List<PersonView> peopleWithIds(Collection<Long> ids) {
        return jdbc.query(PERSON_SELECT + " where p.id in (:ids)", Map.of("ids", ids), PERSON);
    }

    Optional<PersonView> personWithAccount(long accountId) {
        return jdbc.query(PERSON_SELECT + " where p.user_account = :account", Map.of("account", accountId), PERSON)
                .stream().findFirst();
    }

    List<PersonView> searchPeople(String text, int limit) {
        Where where = new Where();
        where.contains(text, "p.full_name", "p.email");
        where.params.addValue("limit", limit);
        return jdbc.query(PERSON_SELECT + where.sql() + " order by p.full_name, p.id limit :limit", where.params, PERSON);
    }

    Page<CustomerView> customers(String text, Pageable pageable) {
        Where where = new Where();
        where.contains(text, "c.name", "c.industry");
        return page(CUSTOMER_SELECT, "select count(*) from customer c", where, pageable, CUSTOMER_SORT, "c.id", CUSTOMER);
    }

    Optional<CustomerView> customer(long id) {
        return jdbc.query(CUSTOMER_SELECT + " where c.id = :id", Map.of("id", id), CUSTOMER).stream().findFirst();
    }

    Page<ContactView> contacts(long customerId, String text, Pageable pageable) {
        Where where = new Where();
        where.equal(customerId, "cc.customer", "customer");
        where.contains(text, "cc.full_name", "cc.email");
        return page(CONTACT_SELECT, "select count(*) from customer_contact cc", where, pageable, CONTACT_SORT, "cc.id", CONTACT);
    }

    List<ContactView> allContacts(long customerId) {
        return jdbc.query(CONTACT_SELECT + " where cc.customer = :customer order by cc.full_name, cc.id",
                Map.of("customer", customerId), CONTACT);
    }

    Optional<ContactView> contact(long customerId, long contactId) {
        return jdbc.query(CONTACT_SELECT + " where cc.id = :id and cc.customer = :customer",
                Map.of("id", contactId, "customer", customerId), CONTACT).stream().findFirst();
    }

    private <T> Page<T> page(String select, String count, Where where, Pageable pageable, Map<String, String> sortable,
                             String idColumn, RowMapper<T> mapper) {
        long total = jdbc.queryForObject(count + where.sql(), where.params, Long.class);
        MapSqlParameterSource params = where.params.addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<T> content = total == 0 ? List.of() : jdbc.query(select + where.sql() + orderBy(pageable.getSort(), sortable, idColumn)
                + " limit :limit offset :offset", params, mapper);
        return new PageImpl<>(content, pageable, total);
    }

    private static String orderBy(Sort sort, Map<String, String> sortable, String idColumn) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortable.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Unsupported sort field " + order.getProperty());
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        parts.add(idColumn);
        return " order by " + String.join(", ", parts);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Escapes LIKE wildcards so that user text matches literally. */
    static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        void contains(String text, String... columns) {
            if (text == null || text.isBlank()) {
                return;
            }
            params.addValue("text", containsPattern(text));
            List<String> any = new ArrayList<>();
            for (String column : columns) {
                any.add("lower(" + column + ") like :text escape '\\'");
            }
            conditions.add("(" + String.join(" or ", any) + ")");
        }

        void equal(Object value, String column, String param) {
            if (value != null) {
                params.addValue(param, value);
                conditions.add(column + " = :" + param);
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
