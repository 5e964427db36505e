package org.integrationgateway.meetings;

import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test fixture for status reports: a project team of {@link ChangeControlFixtures} (Sofia the manager, Lena the
 * engineer, Priya and Marco the liaisons, Olga outside the project) with an administrator, a PMO and a customer
 * contact. Every call makes fresh ones.
 */
@Component
public class StatusReportFixtures {

    private final ChangeControlFixtures changeControl;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    public StatusReportFixtures(ChangeControlFixtures changeControl, TestUsers users, JdbcTemplate jdbc) {
        this.changeControl = changeControl;
        this.users = users;
        this.jdbc = jdbc;
    }

    public Office office() {
        return office(false);
    }

    /** As {@link #office()}, the project's lifecycle started when {@code started}. */
    public Office office(boolean started) {
        Team team = changeControl.team(started);
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser pmo = users.create(Role.PMO);
        String name = "Bellamy Foods " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into customer (name, industry, version) values (?, 'Food', 0)", name);
        long customer = jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
        return new Office(team, admin, pmo, users.create(customer, Role.CUSTOMER_CONTACT));
    }

    public record Office(Team team, CurrentUser admin, CurrentUser pmo, CurrentUser customer) {

        public long project() {
            return team.id();
        }
    }
}
