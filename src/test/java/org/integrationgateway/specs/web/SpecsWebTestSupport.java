package org.integrationgateway.specs.web;

import java.math.BigDecimal;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.Specifications;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Shared set-up of the spec page tests: a started project with its team (the change control fixture: Sofia manages,
 * Lena is its engineer, Olga is staff outside it), a customer contact, and helpers that write spec items, freeze
 * baselines and bring a change request to APPROVED through the delegated envelope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
abstract class SpecsWebTestSupport {

    static final String HOSTILE = """
            Frame **height 900 mm**.

            <script>alert('x')</script>
            <img src="x" onerror="alert('y')">
            [click](javascript:alert('z'))
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired Specifications specifications;
    @Autowired Baselining baselining;

    CurrentUser customer;
    Team team;

    @BeforeEach
    void setUpTeam() {
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
        team = fixtures.team(true);
    }

    static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    static RequestPostProcessor as(Member member) {
        return as(member.user());
    }

    static ItemContent itemContent(String title, String body, String category) {
        return new ItemContent(title, body, category, ItemPriority.MUST, "Measured on the prototype.", ItemStatus.APPROVED,
                null, null, null);
    }

    SpecItem item(String title, String body, String category) {
        return ChangeControlFixtures.as(team.engineer(), () -> specifications.create(team.id(), itemContent(title, body, category),
                "First version"));
    }

    SpecItem revise(SpecItem item, String title, String body) {
        return ChangeControlFixtures.as(team.engineer(), () -> specifications.revise(item.getId(), null,
                itemContent(title, body, item.getCategory()), "Second thoughts"));
    }

    Baseline freeze(String name) {
        return ChangeControlFixtures.as(team.manager(), () -> baselining.freeze(team.id(), name));
    }

    /** A standard change affecting {@code itemKey}, approved by the project's delegated envelope. */
    ChangeRequest approvedChange(String itemKey) {
        fixtures.envelope(team);
        List<SpecItemRef> items = List.of(new SpecItemRef(itemKey, "mechanical"));
        ChangeRequest raised = ChangeControlFixtures.as(team.seller(), () -> changeControl.raise(team.id(),
                new ChangeRequestDraft("Conveyor height 1,050 mm", "Bellamy Foods' line is higher.", Origin.SALES,
                        SourceReference.NONE, Priority.HIGH, ChangeClass.STANDARD, null, items, List.of(), null, null), true));
        ChangeControlFixtures.as(team.engineer(), () -> changeControl.assess(raised.getId(), null, new ImpactInput(
                new BigDecimal("1200"), "EUR", 3, Risk.LOW, null, items, null, null)));
        return ChangeControlFixtures.as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, "Fits"));
    }

    int items() {
        return jdbc.queryForObject("select count(*) from spec_item where project = ?", Integer.class, team.id());
    }

    int revisions() {
        return jdbc.queryForObject("select count(*) from spec_item_revision where project = ?", Integer.class, team.id());
    }
}
