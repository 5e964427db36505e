package org.integrationgateway.stagegate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test fixture: a project managed by a signed-in manager, with a marketing and a sales liaison and two gatekeepers
 * who sign in (the first chairs), started on the standard template.
 */
@Component
public class StagegateFixtures {

    private final PortfolioFixtures portfolio;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final Lifecycles lifecycles;

    public StagegateFixtures(PortfolioFixtures portfolio, TestUsers users, JdbcTemplate jdbc, Lifecycles lifecycles) {
        this.portfolio = portfolio;
        this.users = users;
        this.jdbc = jdbc;
        this.lifecycles = lifecycles;
    }

    /** A project with its people; {@code liaisons} false leaves out the marketing and sales liaisons. */
    public Project project(boolean liaisons) {
        long engineering = portfolio.department("ENGINEERING");
        long marketing = portfolio.department("MARKETING");
        long sales = portfolio.department("SALES");
        CurrentUser managerUser = users.create(Role.STAFF);
        CurrentUser firstUser = users.create(Role.STAFF);
        CurrentUser secondUser = users.create(Role.STAFF);
        long manager = portfolio.person("Mara Keller", engineering, managerUser.accountId());
        long first = portfolio.person("Tom Achebe", engineering, firstUser.accountId());
        long second = portfolio.person("Ines Duarte", engineering, secondUser.accountId());
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = portfolio.project(code, "Project " + code, null, manager, "ACTIVE");
        LocalDate from = LocalDate.now().minusMonths(1);
        LocalDate to = LocalDate.now().plusYears(1);
        portfolio.assignment(id, first, "GATEKEEPER", 10, from, to);
        portfolio.assignment(id, second, "GATEKEEPER", 10, from, to);
        if (liaisons) {
            portfolio.assignment(id, portfolio.person("Lena Vogt", marketing), "MARKETING_LIAISON", 10, from, to);
            portfolio.assignment(id, portfolio.person("Sam Ortiz", sales), "SALES_LIAISON", 10, from, to);
        }
        return new Project(id, code, managerUser, manager, firstUser, first, secondUser, second);
    }

    public Project startedProject() {
        Project project = project(true);
        lifecycles.start(project.id(), null);
        return project;
    }

    public record Project(long id, String code, CurrentUser managerUser, long manager, CurrentUser chairUser, long chair,
                          CurrentUser secondUser, long second) {

        public List<Long> gatekeepers() {
            return List.of(chair, second);
        }
    }

    /** A scorecard for the standard template's gate {@code stage}: every must-meet {@code met}, every should-meet {@code score}. */
    public ScorecardInput scorecard(ProcessTemplate template, int stage, boolean met, int score, Decision recommendation) {
        var criteria = template.stage(stage).getCriteria();
        List<ScorecardInput.Answer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            answers.add(criteria.get(i).mustMeet() ? new ScorecardInput.Answer(i, met, null, null)
                    : new ScorecardInput.Answer(i, null, score, "ok"));
        }
        return new ScorecardInput(recommendation, "Scored in a test", answers);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
