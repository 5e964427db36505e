package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.stagegate.Lifecycles;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test fixture: a project in its first stage with people who sign in: a manager, an engineer, a marketing and a
 * sales liaison, a quality engineer and two gatekeepers; plus a staff member outside the project. The default board
 * is the manager and the two gatekeepers (majority, quorum 2).
 */
@Component
public class ChangeControlFixtures {

    private final PortfolioFixtures portfolio;
    private final TestUsers users;
    private final Lifecycles lifecycles;
    private final ChangeControl changeControl;

    public ChangeControlFixtures(PortfolioFixtures portfolio, TestUsers users, Lifecycles lifecycles,
                                 ChangeControl changeControl) {
        this.portfolio = portfolio;
        this.users = users;
        this.lifecycles = lifecycles;
        this.changeControl = changeControl;
    }

    public Team team(boolean started) {
        long engineering = portfolio.department("ENGINEERING");
        long marketing = portfolio.department("MARKETING");
        long sales = portfolio.department("SALES");
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Member manager = member("Sofia Marin", engineering);
        long id = portfolio.project(code, "Project " + code, null, manager.person(), "ACTIVE");
        LocalDate from = LocalDate.now().minusMonths(1);
        LocalDate to = LocalDate.now().plusYears(1);
        Member engineer = member("Lena Vogt", engineering);
        Member marketer = member("Priya Natarajan", marketing);
        Member seller = member("Marco Ricci", sales);
        Member quality = member("Quinn Quality", engineering);
        Member tom = member("Tom Achebe", engineering);
        Member ines = member("Ines Duarte", engineering);
        Member outsider = member("Olga Outside", engineering);
        portfolio.assignment(id, engineer.person(), "ENGINEER", 50, from, to);
        portfolio.assignment(id, marketer.person(), "MARKETING_LIAISON", 10, from, to);
        portfolio.assignment(id, seller.person(), "SALES_LIAISON", 10, from, to);
        portfolio.assignment(id, quality.person(), "QUALITY", 10, from, to);
        portfolio.assignment(id, tom.person(), "GATEKEEPER", 10, from, to);
        portfolio.assignment(id, ines.person(), "GATEKEEPER", 10, from, to);
        if (started) {
            lifecycles.start(id, null);
        }
        return new Team(id, code, manager, engineer, marketer, seller, quality, tom, ines, outsider);
    }

    private Member member(String name, long department) {
        CurrentUser user = users.create(Role.STAFF);
        return new Member(portfolio.person(name, department, user.accountId()), user);
    }

    /** Sets the envelope of the scenario: EUR 5,000, 5 days, categories option and mechanical (as the manager). */
    public DelegatedEnvelope envelope(Team team) {
        return as(team.manager(), () -> changeControl.changeEnvelope(team.id(), null,
                new EnvelopeLimits(new BigDecimal("5000"), "EUR", 5, List.of("option", "mechanical"))));
    }

    public static ChangeRequestDraft draft(String title, Origin origin, ChangeClass changeClass, Integer targetStage) {
        return new ChangeRequestDraft(title, "Why: " + title, origin, SourceReference.NONE, Priority.MEDIUM, changeClass,
                targetStage, List.of(new SpecItemRef("SPEC-22", "mechanical")), List.of(), null, null);
    }

    public static ImpactInput impact(String cost, int days, String category) {
        return new ImpactInput(new BigDecimal(cost), "EUR", days, Risk.LOW, null,
                List.of(new SpecItemRef("SPEC-22", category)), null, null);
    }

    /** Runs {@code action} signed in as {@code member}. */
    public static <T> T as(Member member, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(member.user()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public record Member(long person, CurrentUser user) {
    }

    public record Team(long id, String code, Member manager, Member engineer, Member marketer, Member seller,
                       Member quality, Member tom, Member ines, Member outsider) {
    }
}
