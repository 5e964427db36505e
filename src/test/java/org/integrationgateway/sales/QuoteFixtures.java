package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.Specifications;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Test fixture for quotes: a started project team of {@link ChangeControlFixtures} (Sofia manager, Lena engineer,
 * Tom and Ines gatekeepers; envelope EUR 5,000 / 5 days / option, mechanical) with a baseline "Design freeze" holding
 * SPEC-1 "K7 base line" (option, EUR 280,000, 40 days), SPEC-2 "Servo film feeder" (option, EUR 12,500, 20 days),
 * SPEC-3 "Conveyor frame" (mechanical, not an option) and SPEC-4 "Label printer" (option, priced in USD); a sales
 * department with Carla (a rep NOT assigned to the project) and Gus (same department), Dana in another sales
 * department, the customer Bellamy Foods with contact Hannah and a signed-in customer account, and an open EUR
 * opportunity owned by Carla on the project. Every call makes fresh ones.
 */
@Component
public class QuoteFixtures {

    private final ChangeControlFixtures changeControl;
    private final PortfolioFixtures portfolio;
    private final TestUsers users;
    private final Specifications specifications;
    private final Baselining baselining;
    private final SalesPipeline pipeline;
    private final JdbcTemplate jdbc;

    public QuoteFixtures(ChangeControlFixtures changeControl, PortfolioFixtures portfolio, TestUsers users,
                         Specifications specifications, Baselining baselining, SalesPipeline pipeline, JdbcTemplate jdbc) {
        this.changeControl = changeControl;
        this.portfolio = portfolio;
        this.users = users;
        this.specifications = specifications;
        this.baselining = baselining;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
    }

    public Shop shop() {
        Team team = changeControl.team(true);
        changeControl.envelope(team);
        ChangeControlFixtures.as(team.engineer(), () -> {
            specifications.create(team.id(), option("K7 base line", "280000", "EUR", 40), "catalogue");
            specifications.create(team.id(), option("Servo film feeder", "12500", "EUR", 20), "catalogue");
            specifications.create(team.id(), new ItemContent("Conveyor frame", "Height 900 mm.", "mechanical",
                    ItemPriority.MUST, "Measured at the FAT", ItemStatus.APPROVED, null, null, null), "design");
            return specifications.create(team.id(), option("Label printer", "900", "USD", 10), "catalogue");
        });
        ChangeControlFixtures.as(team.manager(), () -> baselining.freeze(team.id(), "Design freeze"));
        long sales = portfolio.department("SALES");
        long otherSales = portfolio.department("SALES");
        Member carla = member("Carla Reyes", sales, Role.STAFF);
        Member gus = member("Gus Team", sales, Role.STAFF);
        Member dana = member("Dana Other", otherSales, Role.STAFF);
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long bellamy = insert("insert into customer (name, industry, version) values (?, 'Food', 0)", "Bellamy Foods " + code);
        long hannah = insert("insert into customer_contact (customer, full_name, email, version) values (?, ?, ?, 0)",
                bellamy, "Hannah Bellamy", UUID.randomUUID() + "@customer.test");
        CurrentUser customer = users.create(bellamy, Role.CUSTOMER_CONTACT);
        long opportunity = ChangeControlFixtures.as(carla, () -> pipeline.create(new OpportunityDraft(bellamy, hannah,
                "K7 line for Bellamy " + code, OpportunityStage.NEGOTIATION, new BigDecimal("310000"), "EUR", null,
                LocalDate.now().plusMonths(1), null, List.of(team.id())))).getId();
        return new Shop(team, carla, gus, dana, bellamy, hannah, customer, opportunity);
    }

    public static ItemContent option(String title, String price, String currency, int leadTimeDays) {
        return new ItemContent(title, "The standard " + title + ".", "option", ItemPriority.SHOULD, null,
                ItemStatus.APPROVED, new BigDecimal(price), currency, leadTimeDays);
    }

    public static CustomisationInput customisation(String wording, String value) {
        return new CustomisationInput(wording, LocalDate.now().plusMonths(3), new BigDecimal(value));
    }

    private Member member(String name, long department, Role role) {
        CurrentUser user = users.create(role);
        return new Member(portfolio.person(name, department, user.accountId()), user);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * The quoting world: the project team, sales reps (Carla owns the opportunity, Gus is in her department, Dana in
     * another), the customer with its contact and portal account, and the opportunity.
     */
    public record Shop(Team team, Member carla, Member gus, Member dana, long bellamy, long hannah, CurrentUser customer,
                       long opportunity) {

        public long project() {
            return team.id();
        }
    }
}
