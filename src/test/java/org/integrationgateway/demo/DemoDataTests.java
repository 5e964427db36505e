package org.integrationgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "gateway.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoDataLoader loader;

    @Test
    void loadsTheKestrelOrganisationOnFirstStart() {
        assertThat(jdbc.queryForList("select kind from department", String.class))
                .containsExactlyInAnyOrder("MARKETING", "SALES", "ENGINEERING", "PMO", "QUALITY", "OTHER");
        assertThat(count("person")).isBetween(20, 25);
        assertThat(jdbc.queryForList("select d.kind from person p join department d on d.id = p.department "
                + "group by d.kind having count(*) >= 3", String.class))
                .contains("MARKETING", "SALES", "ENGINEERING", "PMO", "QUALITY");
        assertThat(jdbc.queryForList("select name from customer", String.class))
                .containsExactlyInAnyOrder("Bellamy Foods", "Orchid Pharma");
        assertThat(count("customer_contact")).isEqualTo(4);
        assertThat(jdbc.queryForList("select code from program", String.class)).containsExactlyInAnyOrder("KSER", "VISN");
        assertThat(jdbc.queryForList("select code from project", String.class))
                .containsExactlyInAnyOrder("K7", "K7VIS", "K5RK", "SFF", "LBLV");
        assertThat(jdbc.queryForList("select p.code from project p where not exists "
                + "(select 1 from matrix_assignment m where m.project = p.id)", String.class)).isEmpty();
        assertThat(count("user_account")).isEqualTo(DemoSignIn.ALL.size());
    }

    @Test
    void castsTheStoryOnK7() {
        Map<String, Object> k7 = jdbc.queryForMap("select p.name, p.status, pe.email as manager, pr.name as program "
                + "from project p join person pe on pe.id = p.manager join program pr on pr.id = p.program where p.code = 'K7'");
        assertThat(k7).containsEntry("name", "K7 Packaging Line").containsEntry("status", "ACTIVE")
                .containsEntry("manager", "sofia.marin@kestrel.example").containsEntry("program", "K-Series Packaging Lines");
        assertThat(jdbc.queryForList("select pe.full_name || ':' || m.project_role from matrix_assignment m "
                + "join person pe on pe.id = m.person join project p on p.id = m.project where p.code = 'K7'", String.class))
                .contains("Sofia Marin:PROJECT_MANAGER", "Lena Vogt:ENGINEER", "Tom Achebe:GATEKEEPER",
                        "Ines Duarte:QUALITY", "Priya Natarajan:MARKETING_LIAISON", "Marco Ricci:SALES_LIAISON");
        assertThat(departmentOf("Sofia Marin")).isEqualTo("PMO");
        assertThat(departmentOf("Ada Lindqvist")).isEqualTo("PMO");
        assertThat(departmentOf("Lena Vogt")).isEqualTo("Engineering");
        assertThat(departmentOf("Tom Achebe")).isEqualTo("Engineering");
        assertThat(departmentOf("Ines Duarte")).isEqualTo("Quality");
        assertThat(departmentOf("Priya Natarajan")).isEqualTo("Marketing");
        assertThat(departmentOf("Marco Ricci")).isEqualTo("Sales");
    }

    @Test
    void flagsK7WithPriyasContradictingFindingAndShowsFindingsInEveryState() {
        assertThat(jdbc.queryForList("select f.surfaced_by_name || ':' || f.state || ':' || f.confidence || ':' "
                + "|| f.segment || ':' || b.item_key from research_finding f join finding_bearing b "
                + "on b.research_finding = f.id join project p on p.id = b.project "
                + "where p.code = 'K7' and b.contradicts = true", String.class))
                .containsExactly("Priya Natarajan:INTERPRETED:HIGH:food:SPEC-14");
        assertThat(jdbc.queryForObject("select count(*) from baseline_entry e join baseline b on b.id = e.baseline "
                + "join project p on p.id = b.project where p.code = 'K7' and e.item_key = 'SPEC-14' and b.number = "
                + "(select max(number) from baseline where project = p.id)", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select state || ':' || coalesce(outcome, '-') from research_finding",
                String.class)).containsExactlyInAnyOrder("INTERPRETED:-", "NEW:-", "ACTIONED:LINKED_AS_EVIDENCE",
                "ACTIONED:DISMISSED");
        assertThat(jdbc.queryForObject("select count(*) from finding_action a join research_finding f "
                + "on f.id = a.research_finding where a.kind = f.outcome", Integer.class)).isEqualTo(2);
    }

    @Test
    void startsTheProjectsOnTheStandardStageGateProcess() {
        assertThat(jdbc.queryForList("select p.code || ':' || s.name || ':' || l.state from project_lifecycle l "
                + "join project p on p.id = l.project join template_stage s on s.process_template = l.process_template "
                + "and s.stage_index = l.current_stage", String.class))
                .containsExactlyInAnyOrder("K7:Development:ACTIVE", "K7VIS:Scoping:ACTIVE", "K5RK:Launch:ACTIVE",
                        "SFF:Launch:COMPLETED");
        assertThat(jdbc.queryForList("select pe.email from matrix_assignment m join person pe on pe.id = m.person "
                + "join project p on p.id = m.project where p.code = 'K7' and m.project_role = 'GATEKEEPER'", String.class))
                .containsExactlyInAnyOrder("tom.achebe@kestrel.example", "ines.duarte@kestrel.example");
        assertThat(jdbc.queryForList("select d.decision from gate_decision d join project p on p.id = d.project "
                + "where p.code = 'K7' order by d.stage_index", String.class)).containsExactly("GO", "GO", "GO");
        assertThat(jdbc.queryForObject("select count(*) from gate_review where state = 'SCHEDULED'", Integer.class))
                .isZero();
    }

    @Test
    void writesK7sSpecificationWithBaselinesAVariantAndTraceLinks() {
        assertThat(jdbc.queryForList("select i.item_key || ':' || i.category || ':' || i.current_revision from spec_item i "
                + "join project p on p.id = i.project where p.code = 'K7' order by i.number", String.class))
                .containsExactly("SPEC-3:requirement:1", "SPEC-7:design decision:1", "SPEC-14:mechanical:1",
                        "SPEC-22:mechanical:2", "SPEC-31:mechanical:1", "SPEC-34:option:1", "SPEC-35:option:1",
                        "SPEC-36:option:1");
        assertThat(jdbc.queryForObject("select r.body from spec_item_revision r join spec_item i on i.id = r.spec_item "
                + "join project p on p.id = i.project where p.code = 'K7' and i.item_key = 'SPEC-22' and r.revision = 2",
                String.class)).contains("900 mm");
        assertThat(jdbc.queryForMap("select r.option_price, r.option_currency, r.lead_time_days from spec_item_revision r "
                + "where r.title = 'Servo film feeder'")).containsEntry("OPTION_CURRENCY", "EUR").containsEntry("LEAD_TIME_DAYS", 21);
        assertThat(jdbc.queryForList("select b.number || ':' || b.name || ':' || b.source || ':' || count(e.spec_item) "
                + "from baseline b join project p on p.id = b.project left join baseline_entry e on e.baseline = b.id "
                + "where p.code = 'K7' group by b.number, b.name, b.source order by b.number", String.class))
                .containsExactly("1:GO at Gate 3: Go to development:GATE:5", "2:Quote baseline for Bellamy Foods:MANUAL:7");
        assertThat(jdbc.queryForObject("select r.stage_index from baseline b join gate_review r on r.id = b.gate_review "
                + "where b.number = 1 and b.project = r.project", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select i.item_key from spec_item i join project p on p.id = i.project "
                + "where p.code = 'K7' and i.locked_by_baseline is null", String.class)).containsExactly("SPEC-36");
        assertThat(jdbc.queryForObject("select count(*) from variant_override o join variant v on v.id = o.variant "
                + "where v.name = 'Orchid Pharma lines' and o.item_key = 'SPEC-31'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select l.to_label from trace_link l where l.from_type = 'RESEARCH_FINDING' "
                + "and l.from_id = 'finding-food-washdown' and l.relation = 'raised'", String.class))
                .endsWith("Washdown-rated enclosure (IP69K)");
    }

    @Test
    void quotesMarcosBellamyLineReadyAtEur310000AndOrchids316lAwaitingTheBoard() {
        assertThat(jdbc.queryForList("select o.title || ':' || q.state || ':' || q.created_by from quote q "
                + "join opportunity o on o.id = q.opportunity order by q.id", String.class)).containsExactly(
                "K7 packaging line with servo film feeder:READY:Marco Ricci",
                "K7 line in 316L stainless for sterile packs:AWAITING_ANSWERS:Marco Ricci",
                "K7 pilot line for the Leeds plant:ORDERED:Marco Ricci");
        assertThat(jdbc.queryForObject("select sum(coalesce(l.unit_price * l.quantity, 0) + coalesce(l.price_delta, 0)) "
                + "from quote_line l join quote q on q.id = l.quote where q.state = 'READY' and l.status = 'ACTIVE'",
                java.math.BigDecimal.class)).isEqualByComparingTo("310000");
        java.util.List<Long> quotes = jdbc.queryForList("select id from quote where state <> 'ORDERED' order by id",
                Long.class);
        assertThat(jdbc.queryForList("select l.number || ':' || l.answer || ':' || cr.state || ':' "
                + "|| cr.source_reference || ':' || cr.source_label from quote_line l "
                + "join change_request cr on cr.id = l.change_request order by l.quote", String.class))
                .containsExactly("3:FEASIBLE:APPROVED:" + quotes.get(0) + ":3:Quote " + String.format("Q-%04d", quotes.get(0))
                                + " line 3",
                        "2:OPEN:AWAITING_DECISION:" + quotes.get(1) + ":2:Quote " + String.format("Q-%04d", quotes.get(1))
                                + " line 2");
        assertThat(jdbc.queryForList("select r.option_price || ' ' || r.option_currency from spec_item_revision r "
                + "join baseline_entry e on e.item_revision = r.id join baseline b on b.id = e.baseline "
                + "where b.number = 2 and r.item_key in ('SPEC-34', 'SPEC-35') order by r.item_key", String.class))
                .containsExactly("300700.00 EUR", "7400.00 EUR");
        assertThat(jdbc.queryForObject("select count(*) from trace_link where from_type = 'QUOTE_LINE'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void booksTheEarlierBellamyPilotLineWithAnOpenAcceptanceTaskForHannah() throws Exception {
        Map<String, Object> order = jdbc.queryForMap("select so.id, so.total, so.accepted_terms_hash, so.variant, "
                + "q.state, q.accepted_by_name, q.accepted_terms, q.accepted_terms_hash as quote_hash, q.sales_order, "
                + "c.name as customer, p.code as project, pe.email as credited from sales_order so "
                + "join quote q on q.id = so.quote join customer c on c.id = so.customer join project p on p.id = so.project "
                + "join person pe on pe.id = so.credited_to join opportunity o on o.id = so.opportunity "
                + "where o.title = 'K7 pilot line for the Leeds plant'");
        long orderId = ((Number) order.get("ID")).longValue();
        String number = String.format("ORD-%04d", orderId);
        assertThat(order).containsEntry("STATE", "ORDERED").containsEntry("ACCEPTED_BY_NAME", "Hannah Bellamy")
                .containsEntry("CUSTOMER", "Bellamy Foods").containsEntry("PROJECT", "K7")
                .containsEntry("CREDITED", "marco.ricci@kestrel.example");
        assertThat(((Number) order.get("SALES_ORDER")).longValue()).isEqualTo(orderId);
        String terms = (String) order.get("ACCEPTED_TERMS");
        assertThat(terms).contains("Customer: Bellamy Foods", "option SPEC-34 r1 \"K7 base line\"", "Total: EUR 300700.00");
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(terms.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(order).containsEntry("QUOTE_HASH", hash).containsEntry("ACCEPTED_TERMS_HASH", hash);
        assertThat(jdbc.queryForList("select item_key || ':' || deliverables from sales_order_line where sales_order = ?",
                String.class, orderId)).containsExactly("SPEC-34:SPEC-34");
        assertThat(jdbc.queryForMap("select v.name, v.order_reference, c.name as customer, b.number from variant v "
                + "join customer c on c.id = v.customer join baseline b on b.id = v.baseline where v.id = ?",
                order.get("VARIANT"))).containsEntry("NAME", "Order " + number).containsEntry("ORDER_REFERENCE", number)
                .containsEntry("CUSTOMER", "Bellamy Foods").containsEntry("NUMBER", 2);

        Map<String, Object> task = jdbc.queryForMap("select t.id, t.title, t.deliverable_key, t.state, t.assignee_name, "
                + "t.created_by, t.sales_order, t.variant, cc.email from acceptance_task t "
                + "join customer_contact cc on cc.id = t.assignee");
        assertThat(task).containsEntry("TITLE", "K7 pilot line: conveyor and throughput")
                .containsEntry("DELIVERABLE_KEY", "SPEC-34").containsEntry("STATE", "OPEN")
                .containsEntry("ASSIGNEE_NAME", "Hannah Bellamy").containsEntry("CREATED_BY", "Sofia Marin")
                .containsEntry("EMAIL", "hannah.bellamy@bellamyfoods.example");
        assertThat(((Number) task.get("SALES_ORDER")).longValue()).isEqualTo(orderId);
        assertThat(task.get("VARIANT")).isEqualTo(order.get("VARIANT"));
        assertThat(jdbc.queryForList("select instruction || ' -> ' || expected_result from acceptance_step "
                + "where acceptance_task = ? and result is null order by position", String.class, task.get("ID")))
                .containsExactly("Measure the conveyor height at the infeed -> 1,050 mm ± 5 mm",
                        "Run the line with 120 mm trays for ten minutes -> At least 120 packs per minute, no film breaks");
        assertThat(count("acceptance_record")).isZero();
    }

    @Test
    void opensTheDiscussionOnTheIp69kChangeWithMentionsInTheInboxes() {
        assertThat(jdbc.queryForList("select a.email from discussion_comment c join person a on a.id = c.author "
                + "join change_request cr on cr.id = c.target_id where c.target_kind = 'change-request' "
                + "and cr.title = 'Washdown-rated enclosure (IP69K)' order by c.id", String.class))
                .containsExactly("priya.natarajan@kestrel.example", "lena.vogt@kestrel.example");
        assertThat(jdbc.queryForList("select p.email || ':' || n.kind from notification n join person p on p.id = n.person_id "
                + "where n.source = (select 'change-request:' || id from change_request "
                + "where title = 'Washdown-rated enclosure (IP69K)') order by p.email", String.class))
                .containsExactly("ines.duarte@kestrel.example:DECISION_NEEDED", "lena.vogt@kestrel.example:MENTIONED",
                        "sofia.marin@kestrel.example:MENTIONED", "tom.achebe@kestrel.example:DECISION_NEEDED");
        assertThat(jdbc.queryForList("select link from notification where kind = 'MENTIONED'", String.class))
                .allMatch(link -> link.matches("/changes/\\d+#comment-\\d+"));
    }

    @Test
    void fillsThePipelineWithTheStorysOpportunities() {
        assertThat(jdbc.queryForList("select c.name || ':' || o.title || ':' || o.stage || ':' || o.currency || ':' "
                + "|| o.probability || ':' || pe.email from opportunity o join customer c on c.id = o.customer "
                + "join person pe on pe.id = o.owner order by o.id", String.class))
                .containsExactly(
                        "Bellamy Foods:K7 packaging line with servo film feeder:NEGOTIATION:EUR:75:marco.ricci@kestrel.example",
                        "Orchid Pharma:K7 line in 316L stainless for sterile packs:PROPOSAL:EUR:50:marco.ricci@kestrel.example",
                        "Orchid Pharma:Spare parts framework agreement:PROSPECT:CHF:10:marco.ricci@kestrel.example",
                        "Bellamy Foods:K7 vision inspection for seal checks:QUALIFIED:GBP:25:grace.mensah@kestrel.example",
                        "Bellamy Foods:K5 retrofit kit for line 2:WON:EUR:100:daniel.okafor@kestrel.example",
                        "Orchid Pharma:Label verification on the blister lines:LOST:EUR:0:nadia.rahman@kestrel.example",
                        "Bellamy Foods:K7 pilot line for the Leeds plant:WON:EUR:100:marco.ricci@kestrel.example");
        assertThat(jdbc.queryForObject("select count(*) from opportunity o join department d on d.id = o.owner_department "
                + "where d.kind = 'SALES'", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForList("select p.code from opportunity_project op join project p on p.id = op.project "
                + "join opportunity o on o.id = op.opportunity where o.title = 'K7 packaging line with servo film feeder'",
                String.class)).containsExactly("K7");
        assertThat(jdbc.queryForList("select cc.full_name from opportunity o join customer_contact cc on cc.id = o.contact "
                + "where o.stage = 'NEGOTIATION'", String.class)).containsExactly("Hannah Bellamy");
        assertThat(jdbc.queryForObject("select count(*) from opportunity where stage = 'LOST' and lost_reason is not null",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from opportunity_stage_change", Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from opportunity where stage not in ('WON', 'LOST') "
                + "and expected_close < current_date", Integer.class)).isEqualTo(1);
    }

    @Test
    void keepsEveryPersonAtOrBelowFullAllocation() {
        // Stricter than the per-day load: each assignment plus every other assignment of the same person whose
        // period overlaps it stays within 100 %.
        List<Map<String, Object>> overloaded = jdbc.queryForList("""
                select a.id, pe.full_name, a.allocation_percent + coalesce(sum(b.allocation_percent), 0) as load
                from matrix_assignment a
                join person pe on pe.id = a.person
                left join matrix_assignment b on b.person = a.person and b.id <> a.id
                    and b.start_date <= a.end_date and b.end_date >= a.start_date
                group by a.id, pe.full_name, a.allocation_percent
                having a.allocation_percent + coalesce(sum(b.allocation_percent), 0) > 100""");
        assertThat(overloaded).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from matrix_assignment", Integer.class)).isGreaterThan(25);
    }

    @Test
    void leavesExactlyOneProjectWithoutASalesLiaison() {
        assertThat(projectsWithout("SALES_LIAISON")).containsExactly("K7VIS");
        assertThat(projectsWithout("MARKETING_LIAISON")).isEmpty();
    }

    @Test
    void linksAccountsToPeopleAndCustomerContacts() {
        assertThat(jdbc.queryForObject("select u.email from person p join user_account u on u.id = p.user_account "
                + "where p.full_name = 'Sofia Marin'", String.class)).isEqualTo("sofia.marin@kestrel.example");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_account "
                + "where u.email = 'sofia.marin@kestrel.example'", String.class)).containsExactly("STAFF");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_account "
                + "where u.email = 'admin@kestrel.example'", String.class)).containsExactly("ADMINISTRATOR");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_account "
                + "where u.email = 'ada.lindqvist@kestrel.example'", String.class)).containsExactly("PMO");
        for (String[] contact : new String[][] {
                {"hannah.bellamy@bellamyfoods.example", "Bellamy Foods"},
                {"victor.osei@orchidpharma.example", "Orchid Pharma"}}) {
            Map<String, Object> row = jdbc.queryForMap("select c.name as customer, r.role, cc.email as contact "
                    + "from user_account u join customer c on c.id = u.customer_organisation "
                    + "join user_role r on r.user_account = u.id "
                    + "join customer_contact cc on cc.user_account = u.id and cc.customer = c.id "
                    + "where u.email = ?", contact[0]);
            assertThat(row).containsEntry("customer", contact[1]).containsEntry("role", "CUSTOMER_CONTACT")
                    .containsEntry("contact", contact[0]);
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account u where not exists "
                + "(select 1 from user_role r where r.user_account = u.id)", Integer.class)).isZero();
    }

    @Test
    void everyDocumentedDemoSignInWorksWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin@kestrel.example").password(DemoSignIn.PASSWORD))
                .andExpect(authenticated().withUsername("admin@kestrel.example").withRoles("ADMINISTRATOR"));
        for (DemoSignIn signIn : DemoSignIn.ALL) {
            mvc.perform(formLogin("/login").user(signIn.email()).password(DemoSignIn.PASSWORD))
                    .andExpect(authenticated().withUsername(signIn.email()));
        }
        mvc.perform(formLogin("/login").user("lena.vogt@kestrel.example").password("not-the-password"))
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForList("select password_hash from user_account", String.class))
                .allSatisfy(hash -> assertThat(hash).doesNotContain(DemoSignIn.PASSWORD).startsWith("{"));
        assertThat(jdbc.queryForObject("select count(*) from person where user_account is not null", Integer.class))
                .isEqualTo(7);
    }

    @Test
    void loadingAgainDoesNothing() {
        int people = count("person");
        int assignments = count("matrix_assignment");
        int accounts = count("user_account");
        assertThat(loader.loadIfWanted()).isFalse();
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("matrix_assignment")).isEqualTo(assignments);
        assertThat(count("user_account")).isEqualTo(accounts);
        assertThat(count("department")).isEqualTo(6);
    }

    @Test
    void recordsTheLoadInTheAuditLog() {
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'DemoOrganisation'", String.class))
                .containsExactly("LOADED");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private String departmentOf(String fullName) {
        return jdbc.queryForObject("select d.name from person p join department d on d.id = p.department "
                + "where p.full_name = ?", String.class, fullName);
    }

    private List<String> projectsWithout(String role) {
        return jdbc.queryForList("select p.code from project p where not exists (select 1 from matrix_assignment m "
                + "where m.project = p.id and m.project_role = ?) order by p.code", String.class, role);
    }
}
