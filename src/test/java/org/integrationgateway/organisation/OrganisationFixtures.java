package org.integrationgateway.organisation;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test fixture: rows of the organisation tables with unique names, written straight to the database so that tests
 * of one endpoint do not depend on another. Build it from the test context's {@code JdbcTemplate}.
 */
public class OrganisationFixtures {

    private final JdbcTemplate jdbc;

    public OrganisationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long department(String name, DepartmentKind kind) {
        return insert("insert into department (name, kind, version) values (?, ?, 0)", name, kind.name());
    }

    public long department(DepartmentKind kind) {
        return department(unique(kind.name()), kind);
    }

    public long person(String fullName, long departmentId) {
        String email = fullName.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.test";
        return person(fullName, email, departmentId);
    }

    public long person(String fullName, String email, long departmentId) {
        return insert("insert into person (full_name, email, department, title, version) values (?, ?, ?, 'Engineer', 0)",
                fullName, email, departmentId);
    }

    public long customer(String name) {
        return insert("insert into customer (name, industry, website, version) values (?, 'Mining', null, 0)", name);
    }

    public long contact(long customerId, String fullName) {
        String email = fullName.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@customer.test";
        return insert("insert into customer_contact (customer, full_name, email, phone, job_title, version)"
                + " values (?, ?, ?, '+1 555 0100', 'Buyer', 0)", customerId, fullName, email);
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    public int auditEntries(String entityType, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ?",
                Integer.class, entityType, Long.toString(id));
    }

    public java.util.Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
