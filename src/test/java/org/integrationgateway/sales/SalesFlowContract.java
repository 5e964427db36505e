package org.integrationgateway.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.sales.SalesFixtures.as;
import static org.integrationgateway.sales.SalesFixtures.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.sales.SalesFixtures.World;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline against a real database: persistence with projects and stage history, who sees and changes what per
 * role, references checked against organisation and portfolio, totals per stage and currency, optimistic locking and
 * the audit trail. Runs on H2 and on PostgreSQL.
 */
abstract class SalesFlowContract {

    @Autowired SalesFixtures fixtures;
    @Autowired SalesPipeline pipeline;
    @Autowired SalesAccounts accounts;
    @Autowired SalesPermissions permissions;
    @Autowired OpportunityQueries queries;
    @Autowired JdbcTemplate jdbc;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    Opportunity open(String title, String value, String currency, List<Long> projects) {
        return as(w.marco(), () -> pipeline.create(draft(w, title, value, currency, projects)));
    }

    @Test
    void aRepOpensAnOpportunityThatIsStoredWithItsProjectsHistoryAndAudit() {
        Opportunity created = open("K7 line for Bellamy", "310000", "eur", List.of(w.project()));
        Opportunity loaded = as(w.marco(), () -> pipeline.opportunity(created.getId()));
        assertThat(loaded.getOwner()).isEqualTo(w.marco().person());
        assertThat(loaded.getOwnerDepartment()).isEqualTo(w.sales());
        assertThat(loaded.getCurrency()).isEqualTo("EUR");
        assertThat(loaded.getValue()).isEqualByComparingTo("310000.00");
        assertThat(loaded.getProjectIds()).containsExactly(w.project());
        assertThat(loaded.getContact()).isEqualTo(w.hannah());
        assertThat(loaded.getStageChanges()).hasSize(1);
        assertThat(loaded.getVersion()).isNotNull();
        assertThat(audit(created.getId(), "created")).isEqualTo(1);

        Opportunity moved = as(w.grace(), () -> pipeline.move(created.getId(), loaded.getVersion(),
                StageMove.to(OpportunityStage.NEGOTIATION)));
        assertThat(moved.getProbability()).isEqualTo(75);
        assertThat(as(w.marco(), () -> pipeline.opportunity(created.getId())).getStageChanges())
                .extracting(StageChange::toStage).containsExactly(OpportunityStage.PROSPECT, OpportunityStage.NEGOTIATION);
        assertThat(audit(created.getId(), "stage-changed")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select after_state from audit_entry where entity_type = 'opportunity' "
                + "and entity_id = ? and action = 'stage-changed'", String.class, String.valueOf(created.getId())))
                .contains("\"stage\":\"NEGOTIATION\"").contains("232500");
    }

    @Test
    void referencesAreCheckedAgainstOrganisationAndPortfolio() {
        assertRule(() -> open("X", "10", "EUR", List.of(-1L)), "unknown-project");
        assertRule(() -> as(w.marco(), () -> pipeline.create(new OpportunityDraft(w.bellamy(), w.victor(), "X", null,
                BigDecimal.TEN, "EUR", null, LocalDate.now(), null, List.of()))), "contact-not-of-customer");
        assertRule(() -> as(w.marco(), () -> pipeline.create(new OpportunityDraft(-5L, null, "X", null,
                BigDecimal.TEN, "EUR", null, LocalDate.now(), null, List.of()))), "unknown-customer");
        assertRule(() -> as(w.ada(), () -> pipeline.create(new OpportunityDraft(w.bellamy(), null, "X", null,
                BigDecimal.TEN, "EUR", null, LocalDate.now(), w.sofia().person(), List.of()))), "owner-not-in-sales");
        assertThatThrownBy(() -> as(w.admin(), () -> pipeline.create(draft(w, "X", "10", "EUR", List.of()))))
                .isInstanceOf(InvalidRequestException.class).hasFieldOrPropertyWithValue("field", "ownerId");
        Opportunity forGrace = as(w.admin(), () -> pipeline.create(new OpportunityDraft(w.orchid(), w.victor(), "316L",
                null, new BigDecimal("18000"), "CHF", 40, LocalDate.now(), w.grace().person(), List.of())));
        assertThat(forGrace.getOwner()).isEqualTo(w.grace().person());
        assertThat(forGrace.getProbability()).isEqualTo(40);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void salesSeeTheirDepartmentsPipelineAdministratorsAndPmoEverythingManagersTheirProjectsOthersNothing() {
        Opportunity onProject = open("On the project", "100", "EUR", List.of(w.project()));
        Opportunity elsewhere = open("Elsewhere", "200", "EUR", List.of(w.otherProject()));
        Opportunity danas = as(w.dana(), () -> pipeline.create(draft(w, "Dana's", "300", "EUR", List.of())));

        assertThat(visible(w.marco().user())).containsExactlyInAnyOrder(onProject.getId(), elsewhere.getId());
        assertThat(visible(w.grace().user())).containsExactlyInAnyOrder(onProject.getId(), elsewhere.getId());
        assertThat(visible(w.dana().user())).containsExactly(danas.getId());
        assertThat(visible(w.sofia().user())).containsExactly(onProject.getId());
        assertThat(visible(w.ada().user())).contains(onProject.getId(), elsewhere.getId(), danas.getId());
        assertThat(visible(w.admin())).contains(onProject.getId(), elsewhere.getId(), danas.getId());
        assertThat(visible(w.olga().user())).containsExactly(elsewhere.getId()); // she manages the other project

        for (var who : List.of(w.marco().user(), w.grace().user(), w.sofia().user(), w.ada().user(), w.admin())) {
            assertThat(as(who, () -> permissions.canUsePipeline())).as(who.email()).isTrue();
        }
        assertThat(as(w.customer(), () -> permissions.canUsePipeline())).isFalse();
        assertThat(as(w.customer(), () -> permissions.canRead())).isFalse();
        assertThat(permissions.canUsePipeline()).isFalse();
        assertThat(as(w.sofia(), () -> permissions.canCreate())).isFalse();
        assertThat(as(w.dana(), () -> permissions.canCreate())).isTrue();

        assertThatThrownBy(() -> as(w.dana(), () -> pipeline.opportunity(onProject.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(w.customer(), () -> pipeline.opportunity(onProject.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pipeline.opportunity(onProject.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffOutsideSalesWithoutProjectsMayNotUseThePipelineNorFindAnOpportunity() {
        Opportunity o = open("K7 line", "1000", "EUR", List.of(w.project()));
        assertThat(as(w.plain(), () -> permissions.canRead())).isTrue();
        assertThat(as(w.plain(), () -> permissions.canUsePipeline())).isFalse();
        assertThat(as(w.plain(), () -> permissions.canCreate())).isFalse();
        assertThat(visible(w.plain().user())).isEmpty();
        assertThatThrownBy(() -> as(w.plain(), () -> pipeline.opportunity(o.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(w.plain(), () -> pipeline.create(draft(w, "Not mine", "1", "EUR", List.of()))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(w.marco(), () -> pipeline.create(new OpportunityDraft(w.bellamy(), null, "For Grace",
                null, BigDecimal.ONE, "EUR", null, LocalDate.now(), w.grace().person(), List.of()))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theTeamEditsTheOwnerReassignsAndReopensManagersOnlyRead() {
        Opportunity o = open("K7 line", "1000", "EUR", List.of(w.project()));
        Opportunity edited = as(w.grace(), () -> pipeline.change(o.getId(), o.getVersion(), new OpportunityDraft(
                w.bellamy(), null, "K7 line, two lanes", null, new BigDecimal("1500"), "EUR", 30,
                LocalDate.now().plusMonths(1), null, List.of(w.project()))));
        assertThat(edited.getTitle()).isEqualTo("K7 line, two lanes");
        assertThat(edited.getContact()).isNull();
        assertThat(audit(o.getId(), "changed")).isEqualTo(1);

        assertThatThrownBy(() -> as(w.grace(), () -> pipeline.change(o.getId(), edited.getVersion(),
                new OpportunityDraft(w.bellamy(), null, "Mine now", null, BigDecimal.TEN, "EUR", null,
                        LocalDate.now().plusMonths(1), w.grace().person(), List.of()))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(w.sofia(), () -> pipeline.move(o.getId(), edited.getVersion(),
                StageMove.to(OpportunityStage.QUALIFIED)))).isInstanceOf(NotPermittedException.class);
        assertThat(as(w.sofia(), () -> pipeline.opportunity(o.getId())).getTitle()).isEqualTo("K7 line, two lanes");
        assertThatThrownBy(() -> as(w.dana(), () -> pipeline.move(o.getId(), edited.getVersion(),
                StageMove.to(OpportunityStage.QUALIFIED)))).isInstanceOf(NotFoundException.class);

        Opportunity reassigned = as(w.marco(), () -> pipeline.change(o.getId(), edited.getVersion(), new OpportunityDraft(
                w.bellamy(), null, "K7 line, two lanes", null, new BigDecimal("1500"), "EUR", 30,
                LocalDate.now().plusMonths(1), w.grace().person(), List.of(w.project()))));
        assertThat(reassigned.getOwner()).isEqualTo(w.grace().person());
        assertThat(audit(o.getId(), "reassigned")).isEqualTo(1);

        Opportunity lost = as(w.grace(), () -> pipeline.move(o.getId(), reassigned.getVersion(),
                new StageMove(OpportunityStage.LOST, null, "Budget frozen", null)));
        assertThatThrownBy(() -> as(w.marco(), () -> pipeline.move(o.getId(), lost.getVersion(),
                StageMove.to(OpportunityStage.PROSPECT)))).isInstanceOf(NotPermittedException.class);
        Opportunity reopened = as(w.ada(), () -> pipeline.move(o.getId(), lost.getVersion(),
                StageMove.to(OpportunityStage.PROSPECT)));
        assertThat(reopened.getStage()).isEqualTo(OpportunityStage.PROSPECT);
        assertThat(reopened.getLostReason()).isNull();
    }

    @Test
    void aStaleVersionChangesNothing() {
        Opportunity o = open("K7 line", "1000", "EUR", List.of());
        as(w.marco(), () -> pipeline.move(o.getId(), o.getVersion(), StageMove.to(OpportunityStage.QUALIFIED)));
        assertThatThrownBy(() -> as(w.grace(), () -> pipeline.move(o.getId(), o.getVersion(),
                StageMove.to(OpportunityStage.WON)))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "stale-version");
        assertThat(as(w.marco(), () -> pipeline.opportunity(o.getId())).getStage()).isEqualTo(OpportunityStage.QUALIFIED);
    }

    @Test
    void totalsArePerStageAndCurrencyNeverAcrossCurrencies() {
        open("A", "100.10", "EUR", List.of(w.project()));
        Opportunity b = open("B", "200.20", "EUR", List.of(w.project()));
        open("C", "50", "GBP", List.of());
        Opportunity d = open("D", "1000", "EUR", List.of());
        as(w.marco(), () -> pipeline.move(b.getId(), b.getVersion(), StageMove.to(OpportunityStage.PROPOSAL)));
        as(w.marco(), () -> pipeline.move(d.getId(), d.getVersion(), StageMove.to(OpportunityStage.WON)));

        List<StageTotals> totals = as(w.marco(), () -> queries.totals(permissions.viewer(), OpportunityFilter.NONE));
        assertThat(totals).extracting(t -> t.stage() + " " + t.currency() + " " + t.count() + " " + t.total() + " "
                + t.weighted()).containsExactlyInAnyOrder("PROSPECT EUR 1 100.10 10.01", "PROPOSAL EUR 1 200.20 100.10",
                "PROSPECT GBP 1 50.00 5.00", "WON EUR 1 1000.00 1000.00");
        List<StageTotals> managers = as(w.sofia(), () -> queries.totals(permissions.viewer(),
                new OpportunityFilter(null, null, w.project(), "eur", null, null, null)));
        assertThat(managers).hasSize(2);

        var account = as(w.marco(), () -> accounts.account(w.bellamy()));
        assertThat(account.contacts()).extracting(c -> c.fullName()).containsExactly("Hannah Bellamy");
        assertThat(account.opportunities()).hasSize(4);
        var page = as(w.marco(), () -> queries.list(permissions.viewer(), new OpportunityFilter(null, w.bellamy(), null,
                null, null, true, "b"), PageRequest.of(0, 10, OpportunityQueries.DEFAULT_SORT)));
        assertThat(page.getContent()).extracting(OpportunityRow::title).containsExactly("B");
        var summaries = as(w.marco(), () -> accounts.accounts("Bellamy Foods", PageRequest.of(0, 100,
                org.springframework.data.domain.Sort.by("name"))));
        assertThat(summaries.getContent()).filteredOn(s -> s.customer().id() == w.bellamy()).singleElement()
                .satisfies(s -> assertThat(s.openCount()).isEqualTo(3));
    }

    private List<Long> visible(org.integrationgateway.identity.CurrentUser user) {
        return as(user, () -> queries.all(permissions.viewer(), OpportunityFilter.NONE, 1000)).stream()
                .map(OpportunityRow::id).filter(this::ofThisWorld).toList();
    }

    private boolean ofThisWorld(long id) {
        return jdbc.queryForObject("select customer from opportunity where id = ?", Long.class, id) == w.bellamy();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from opportunity where customer in (?, ?)", Integer.class,
                w.bellamy(), w.orchid());
    }

    private int audit(long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'opportunity' and entity_id = ?"
                + " and action = ?", Integer.class, String.valueOf(id), action);
    }

    private static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
