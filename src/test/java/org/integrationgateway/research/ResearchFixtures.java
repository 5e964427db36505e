package org.integrationgateway.research;

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
import org.springframework.stereotype.Component;

/**
 * Test fixture for market research: a started project team of {@link ChangeControlFixtures} (Priya the marketer in a
 * MARKETING department, Sofia manager, Lena engineer, Tom and Ines gatekeepers) whose spec holds SPEC-1 "Enclosure
 * rated IP65" and SPEC-2 "Conveyor frame", both in the baseline "Design freeze", and SPEC-3 "Label printer" added after
 * it (not baselined); a marketer not on the project, an administrator, a PMO and a customer contact. Every call makes
 * fresh ones.
 */
@Component
public class ResearchFixtures {

    private final ChangeControlFixtures changeControl;
    private final PortfolioFixtures portfolio;
    private final TestUsers users;
    private final Specifications specifications;
    private final Baselining baselining;
    private final JdbcTemplate jdbc;

    public ResearchFixtures(ChangeControlFixtures changeControl, PortfolioFixtures portfolio, TestUsers users,
                            Specifications specifications, Baselining baselining, JdbcTemplate jdbc) {
        this.changeControl = changeControl;
        this.portfolio = portfolio;
        this.users = users;
        this.specifications = specifications;
        this.baselining = baselining;
        this.jdbc = jdbc;
    }

    public Lab lab() {
        Team team = changeControl.team(true);
        ChangeControlFixtures.as(team.engineer(), () -> {
            specifications.create(team.id(), item("Enclosure rated IP65", "electrical"), "design");
            return specifications.create(team.id(), item("Conveyor frame", "mechanical"), "design");
        });
        ChangeControlFixtures.as(team.manager(), () -> baselining.freeze(team.id(), "Design freeze"));
        ChangeControlFixtures.as(team.engineer(), () ->
                specifications.create(team.id(), item("Label printer", "option"), "catalogue"));
        CurrentUser marketerAccount = users.create(Role.STAFF);
        Member otherMarketer = new Member(portfolio.person("Mia Marketing", portfolio.department("MARKETING"),
                marketerAccount.accountId()), marketerAccount);
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        CurrentUser pmo = users.create(Role.PMO);
        String code = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into customer (name, industry, version) values (?, 'Food', 0)", "Bellamy Foods " + code);
        long customer = jdbc.queryForObject("select id from customer where name = ?", Long.class, "Bellamy Foods " + code);
        CurrentUser contact = users.create(customer, Role.CUSTOMER_CONTACT);
        return new Lab(team, otherMarketer, admin, pmo, contact);
    }

    public static ItemContent item(String title, String category) {
        return new ItemContent(title, "The " + title + ".", category, ItemPriority.MUST, null, ItemStatus.APPROVED, null,
                null, null);
    }

    public static FindingDraft draft(String title) {
        return new FindingDraft(title, "12 plant-manager interviews in the food segment: 9 need washdown-rated "
                + "enclosures.", EvidenceSource.INTERVIEW, "Food", "Notes of the *interviews*.",
                List.of("https://example.com/interviews"), 12, Confidence.HIGH, LocalDate.now().minusDays(2));
    }

    /** The research world: the project team, a marketer not on the project, administrator, PMO and a customer contact. */
    public record Lab(Team team, Member otherMarketer, CurrentUser admin, CurrentUser pmo, CurrentUser customer) {

        public long project() {
            return team.id();
        }

        public Member priya() {
            return team.marketer();
        }
    }
}
