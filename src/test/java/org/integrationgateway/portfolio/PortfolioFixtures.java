package org.integrationgateway.portfolio;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Test fixture: rows for departments, people, programs, projects and assignments, inserted directly. */
@Component
public class PortfolioFixtures {

    private final JdbcTemplate jdbc;

    public PortfolioFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long department(String kind) {
        return insert("insert into department (name, kind, version) values (?, ?, 0)",
                kind + " " + UUID.randomUUID(), kind);
    }

    public long person(String fullName, long department, Long userAccount) {
        return insert("insert into person (full_name, email, department, user_account, version) values (?, ?, ?, ?, 0)",
                fullName, UUID.randomUUID() + "@kestrel.test", department, userAccount);
    }

    public long person(String fullName, long department) {
        return person(fullName, department, null);
    }

    public long program(String code, String name) {
        return insert("insert into program (code, name, version) values (?, ?, 0)", code, name);
    }

    public long project(String code, String name, Long program, long manager, String status) {
        return insert("insert into project (code, name, program, manager, status, start_date, end_date, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 0)", code, name, program, manager, status,
                Date.valueOf("2026-01-01"), Date.valueOf("2027-12-31"));
    }

    public long assignment(long project, long person, String role, int percent, LocalDate start, LocalDate end) {
        return insert("insert into matrix_assignment (project, person, project_role, allocation_percent, start_date,"
                + " end_date, version) values (?, ?, ?, ?, ?, ?, 0)", project, person, role, percent,
                Date.valueOf(start), Date.valueOf(end));
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    public int auditEntries(String entityType, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and action = ?", Integer.class,
                entityType, action);
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
