package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Test fixture: a sales department with two reps (Marco, Grace), another sales department with one rep (Dana), a
 * project managed by Sofia, another managed by Olga, a staff member outside sales managing nothing (Paul), an administrator without a person, a PMO lead,
 * two customers with contacts and a customer contact who signs in. Every call makes fresh ones.
 */
@Component
public class SalesFixtures {

    private final PortfolioFixtures portfolio;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    public SalesFixtures(PortfolioFixtures portfolio, TestUsers users, JdbcTemplate jdbc) {
        this.portfolio = portfolio;
        this.users = users;
        this.jdbc = jdbc;
    }

    public World world() {
        long sales = portfolio.department("SALES");
        long otherSales = portfolio.department("SALES");
        long engineering = portfolio.department("ENGINEERING");
        long pmoDepartment = portfolio.department("PMO");
        Member marco = member("Marco Ricci", sales, Role.STAFF);
        Member grace = member("Grace Mensah", sales, Role.STAFF);
        Member dana = member("Dana Other", otherSales, Role.STAFF);
        Member sofia = member("Sofia Marin", engineering, Role.STAFF);
        Member olga = member("Olga Outside", engineering, Role.STAFF);
        Member paul = member("Paul Plain", engineering, Role.STAFF);
        Member ada = member("Ada Lindqvist", pmoDepartment, Role.PMO);
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long project = portfolio.project(code, "Project " + code, null, sofia.person(), "ACTIVE");
        long otherProject = portfolio.project(code + "X", "Other " + code, null, olga.person(), "ACTIVE");
        long bellamy = customer("Bellamy Foods " + code);
        long hannah = contact(bellamy, "Hannah Bellamy");
        long orchid = customer("Orchid Pharma " + code);
        long victor = contact(orchid, "Victor Osei");
        CurrentUser customerUser = users.create(bellamy, Role.CUSTOMER_CONTACT);
        return new World(sales, otherSales, marco, grace, dana, sofia, olga, paul, ada, admin, project, otherProject, bellamy,
                hannah, orchid, victor, customerUser);
    }

    public static OpportunityDraft draft(World world, String title, String value, String currency, List<Long> projects) {
        return new OpportunityDraft(world.bellamy(), world.hannah(), title, null, new BigDecimal(value), currency, null,
                LocalDate.now().plusMonths(2), null, projects);
    }

    private Member member(String name, long department, Role role) {
        CurrentUser user = users.create(role);
        return new Member(portfolio.person(name, department, user.accountId()), user);
    }

    private long customer(String name) {
        return insert("insert into customer (name, industry, version) values (?, 'Food', 0)", name);
    }

    private long contact(long customer, String name) {
        return insert("insert into customer_contact (customer, full_name, email, version) values (?, ?, ?, 0)", customer,
                name, UUID.randomUUID() + "@customer.test");
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

    /** Runs {@code action} signed in as {@code user}. */
    public static <T> T as(CurrentUser user, Supplier<T> action) {
        return ChangeControlFixtures.as(new Member(0, user), action);
    }

    public static <T> T as(Member member, Supplier<T> action) {
        return ChangeControlFixtures.as(member, action);
    }

    public record World(long sales, long otherSales, Member marco, Member grace, Member dana, Member sofia,
                        Member olga, Member plain, Member ada, CurrentUser admin, long project, long otherProject, long bellamy,
                        long hannah, long orchid, long victor, CurrentUser customer) {
    }
}
