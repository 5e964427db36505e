package org.integrationgateway.stagegate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.ProjectTeam;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectRole;
import org.integrationgateway.portfolio.ProjectStaffingRule;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.CalendarRange;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.events.GateDecided;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.integrationgateway.stagegate.spi.GateAgendaContributor;
import org.integrationgateway.stagegate.spi.GateContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gate reviews: scheduling, scoring by the gatekeepers, the combined result, the agenda and the decision.
 * A decision is taken once: the review's version, its state and the unique review of {@code gate_decision} make
 * concurrent decisions end with one winner; every loser gets a {@link ConflictException}.
 */
@Service
@Transactional(readOnly = true)
public class Gatekeeping {

    static final int MAX_TEXT = 4000;
    static final int MAX_CONDITION = 1000;
    static final int MAX_CONDITIONS = 20;

    private final GateReviews reviews;
    private final GateDecisions decisions;
    private final ProjectLifecycles lifecycles;
    private final Lifecycles lifecycleService;
    private final Portfolio portfolio;
    private final ProjectMatrix matrix;
    private final PersonDirectory people;
    private final List<GateAgendaContributor> contributors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final GatePassPolicy passPolicy = new GatePassPolicy();
    private final GateDecisionRule decisionRule = new GateDecisionRule();

    Gatekeeping(GateReviews reviews, GateDecisions decisions, ProjectLifecycles lifecycles, Lifecycles lifecycleService,
                Portfolio portfolio, ProjectMatrix matrix, PersonDirectory people,
                List<GateAgendaContributor> contributors, ApplicationEventPublisher events,
                PlatformTransactionManager transactions, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.lifecycles = lifecycles;
        this.lifecycleService = lifecycleService;
        this.portfolio = portfolio;
        this.matrix = matrix;
        this.people = people;
        this.contributors = contributors;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The people with a current gatekeeper assignment on the project, the default gatekeepers of its reviews. */
    public List<Long> projectGatekeepers(long projectId) {
        return matrix.team(projectId).members().stream()
                .filter(a -> a.projectRole() == ProjectRole.GATEKEEPER && !a.endDate().isBefore(matrix.today()))
                .map(ProjectTeam.Member::personId).distinct().toList();
    }

    /**
     * Schedules a review of the project's current gate. Without {@code gatekeeperIds} the project's gatekeepers
     * (project role GATEKEEPER) keep the gate.
     *
     * @throws RuleViolationException if the lifecycle is over or another review of the project is still open
     */
    @Transactional
    public GateReview schedule(long projectId, java.time.LocalDate on, Long chairId, Collection<Long> gatekeeperIds) {
        ProjectLifecycle lifecycle = lifecycleService.lifecycle(projectId);
        if (lifecycle.getState().isFinal()) {
            throw new RuleViolationException("lifecycle-ended", null,
                    "The project is " + lifecycle.getState().name().toLowerCase() + "; it has no gate to review.");
        }
        if (reviews.existsByProjectAndState(projectId, ReviewState.SCHEDULED)) {
            throw new RuleViolationException("review-open", null,
                    "This project already has a scheduled gate review; decide it before scheduling another.");
        }
        CalendarRange.check("scheduledOn", on);
        if (on != null && on.isBefore(matrix.today())) {
            throw new InvalidRequestException("scheduledOn", "The review date must not be in the past.");
        }
        List<Long> gatekeepers = gatekeeperIds == null || gatekeeperIds.isEmpty() ? projectGatekeepers(projectId)
                : List.copyOf(new java.util.LinkedHashSet<>(gatekeeperIds));
        Map<Long, PersonSummary> known = people.findAll(gatekeepers);
        for (Long id : gatekeepers) {
            if (!known.containsKey(id)) {
                throw new InvalidRequestException("gatekeeperIds", "There is no person with id " + id + ".");
            }
        }
        if (chairId == null) {
            throw new InvalidRequestException("chairId", "Choose the chair of the review.");
        }
        GateReview review = reviews.save(GateReview.schedule(lifecycle, on, chairId, gatekeepers, now()));
        review.scheduled(lifecycle.getTemplate().stage(review.getStageIndex()).getGateName());
        return reviews.save(review);
    }

    public GateReview review(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Gate review", reviewId));
    }

    /** Records the scorecard of {@code gatekeeperPerson}. */
    @Transactional
    public GateReview score(long reviewId, Long gatekeeperPerson, ScorecardInput input) {
        GateReview review = review(reviewId);
        if (gatekeeperPerson == null) {
            throw new RuleViolationException("not-a-gatekeeper", null, "Only the gatekeepers of this review score it.");
        }
        ProjectLifecycle lifecycle = lifecycleService.lifecycle(review.getProject());
        review.score(gatekeeperPerson, lifecycle.getTemplate().stage(review.getStageIndex()), input, now());
        return reviews.save(review);
    }

    /**
     * Decides a review and applies the decision to the project's lifecycle, in a transaction of its own (so that a
     * lost race can be answered as a conflict after its rollback).
     *
     * @param decidedBy the e-mail of the deciding account, recorded with the decision
     * @throws ConflictException if the review was decided already (also by a concurrent request) or the version is stale
     * @throws RuleViolationException if a rule forbids the decision (see {@link #checkDecision})
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GateDecision decide(long reviewId, DecisionInput input, String decidedBy) {
        try {
            return transaction.execute(status -> decideInTransaction(reviewId, input, decidedBy));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException lostRace) {
            throw new ConflictException("review-decided",
                    "This gate review was decided by someone else at the same time. Reload it to see the decision.");
        }
    }

    private boolean decidedMeanwhile(GateReview read) {
        return reviews.findById(read.getId()).map(now -> now.getState() == ReviewState.DECIDED
                || !java.util.Objects.equals(now.getVersion(), read.getVersion())).orElse(false);
    }

    private GateDecision decideInTransaction(long reviewId, DecisionInput input, String decidedBy) {
        GateReview review = review(reviewId);
        if (review.getState() == ReviewState.DECIDED) {
            throw new ConflictException("review-decided", "This gate review has already been decided.");
        }
        if (review.getVersion() == null || review.getVersion() != input.version()) {
            throw ConflictException.staleVersion("The gate review");
        }
        ProjectLifecycle lifecycle = lifecycleService.lifecycle(review.getProject());
        ProcessTemplate template = lifecycle.getTemplate();
        TemplateStage gate = template.stage(review.getStageIndex());
        GatePassPolicy.Result result = evaluate(review, gate);
        try {
            if (lifecycle.getCurrentStage() != review.getStageIndex()) {
                throw new RuleViolationException("review-outdated", null,
                        "The project is no longer in the stage this review was scheduled for.");
            }
            checkDecision(review, lifecycle, template, result, input);
        } catch (RuleViolationException refused) {
            // The lifecycle is read after the review: a decision committed in between (a KILL, a GO moving the
            // stage) is a lost race for this one, answered as the conflict it is, not as a broken rule.
            if (decidedMeanwhile(review)) {
                throw new ConflictException("review-decided",
                        "This gate review was decided by someone else at the same time. Reload it to see the decision.");
            }
            throw refused;
        }
        Instant now = now();
        lifecycle.apply(input.decision(), input.reopenDeliverables(), now);
        review.markDecided();
        reviews.save(review);
        lifecycles.save(lifecycle);
        List<DecisionCondition> conditions = input.conditions() == null ? List.of() : input.conditions().stream()
                .map(c -> new DecisionCondition(c.text().trim(), c.ownerId(), c.dueOn())).toList();
        Set<ReopenedDeliverable> reopened = new HashSet<>();
        if (input.decision() == Decision.RECYCLE) {
            input.reopenDeliverables().forEach(index -> reopened.add(new ReopenedDeliverable(index)));
        }
        boolean override = input.decision() == Decision.GO && !result.passed();
        GateDecision decision = decisions.save(new GateDecision(null, review.getId(), review.getProject(),
                template.getId(), review.getStageIndex(), input.decision(), input.rationale().trim(),
                override ? input.overrideJustification().trim() : null, result.passed(), decidedBy, now, conditions,
                reopened));
        events.publishEvent(new GateDecided(decision.getId(), review.getId(), review.getProject(), review.getStageIndex(),
                gate.getName(), gate.getGateName(), template.getId(), template.getCode(), template.getRevision(),
                input.decision().name(), result.passed(), decision.getOverrideJustification(), decision.getRationale(),
                conditions.stream().map(c -> new GateDecided.Condition(c.text(), c.owner(), c.dueOn())).toList(),
                decision.getReopened(), decidedBy, now));
        return decision;
    }

    /**
     * The rules a decision must meet: a rationale; conditions with text, a known owner and a due date; under the
     * MAJORITY rule the majority's recommendation; a GO at the first gate needs a marketing and a sales liaison
     * ({@link ProjectStaffingRule}, never overridable); a GO at a gate that did not pass needs an override
     * justification; the lifecycle must be decidable (not interrupted, killed or completed).
     */
    void checkDecision(GateReview review, ProjectLifecycle lifecycle, ProcessTemplate template,
                       GatePassPolicy.Result result, DecisionInput input) {
        if (input.decision() == null) {
            throw new InvalidRequestException("decision", "Choose GO, KILL, HOLD or RECYCLE.");
        }
        requireText("rationale", input.rationale(), MAX_TEXT, "Give the rationale of the decision.");
        List<DecisionInput.Condition> conditions = input.conditions() == null ? List.of() : input.conditions();
        if (conditions.size() > MAX_CONDITIONS) {
            throw new InvalidRequestException("conditions", "A decision has at most " + MAX_CONDITIONS + " conditions.");
        }
        for (int i = 0; i < conditions.size(); i++) {
            DecisionInput.Condition condition = conditions.get(i);
            String at = "conditions[" + i + "]";
            requireText(at + ".text", condition.text(), MAX_CONDITION, "Say what the condition requires.");
            if (condition.ownerId() == null || people.find(condition.ownerId()).isEmpty()) {
                throw new InvalidRequestException(at + ".ownerId", "Choose the person who owns the condition.");
            }
            if (condition.dueOn() == null) {
                throw new InvalidRequestException(at + ".dueOn", "Give the date the condition is due.");
            }
            CalendarRange.check(at + ".dueOn", condition.dueOn());
        }
        lifecycle.requireDecidable();
        decisionRule.check(template.getDecisionRule(), input.decision(),
                GateDecisionRule.recommendations(review.getScorecards()), review.gatekeeperIds());
        if (input.decision() == Decision.GO) {
            if (review.getStageIndex() == 0 && !matrix.staffing(review.getProject()).satisfied()) {
                throw new RuleViolationException("first-gate-liaisons-missing", "decision", "The first gate cannot be "
                        + "passed without a marketing liaison and a sales liaison assigned to the project.");
            }
            if (!result.passed()) {
                requireText("overrideJustification", input.overrideJustification(), MAX_TEXT,
                        "The gate did not pass its criteria: a GO needs an override justification.");
            }
        }
    }

    private static void requireText(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, missing);
        }
        if (value.length() > max) {
            throw new InvalidRequestException(field, "At most " + max + " characters.");
        }
    }

    GatePassPolicy.Result evaluate(GateReview review, TemplateStage gate) {
        return passPolicy.evaluate(gate, review.getScorecards().size(), review.getScores());
    }

    /** Whether the person (of the signed-in account) may decide this review under its template's rule. */
    public boolean mayDecide(long reviewId, Long person, boolean administratorOrPmo) {
        GateReview review = review(reviewId);
        ProjectLifecycle lifecycle = lifecycleService.lifecycle(review.getProject());
        return decisionRule.mayDecide(lifecycle.getTemplate().getDecisionRule(), person, administratorOrPmo,
                review.getChair());
    }

    public ReviewView view(long reviewId) {
        GateReview review = review(reviewId);
        ProjectLifecycle lifecycle = lifecycleService.lifecycle(review.getProject());
        ProcessTemplate template = lifecycle.getTemplate();
        TemplateStage gate = template.stage(review.getStageIndex());
        Set<Long> ids = new HashSet<>(review.gatekeeperIds());
        GateDecision decision = decisions.findByGateReview(reviewId).orElse(null);
        if (decision != null) {
            decision.getConditions().forEach(c -> ids.add(c.owner()));
        }
        Map<Long, PersonSummary> persons = people.findAll(ids);
        Map<Long, String> names = new LinkedHashMap<>();
        persons.forEach((id, p) -> names.put(id, p.fullName()));
        List<ReviewView.ScorecardView> cards = new ArrayList<>();
        for (Long gatekeeper : review.gatekeeperIds()) {
            cards.add(new ReviewView.ScorecardView(gatekeeper, names.getOrDefault(gatekeeper, "Person " + gatekeeper),
                    review.getScorecards().get(gatekeeper), review.scoresOf(gatekeeper)));
        }
        List<String> missing = review.getStageIndex() == 0
                ? matrix.staffing(review.getProject()).missingRoles().stream().map(Enum::name).sorted().toList()
                : List.of();
        Optional<Decision> majority = decisionRule.majority(GateDecisionRule.recommendations(review.getScorecards()),
                review.gatekeeperIds());
        return new ReviewView(review, portfolio.project(review.getProject()), lifecycle, gate,
                template.isLastStage(review.getStageIndex()), template.getDecisionRule(), cards, evaluate(review, gate),
                majority, missing, agenda(review, gate), decision, names);
    }

    private List<AgendaItem> agenda(GateReview review, TemplateStage gate) {
        GateContext context = new GateContext(review.getProject(), review.getId(), review.getStageIndex(),
                gate.getName(), gate.getGateName(), review.getScheduledOn());
        List<AgendaItem> items = new ArrayList<>();
        contributors.forEach(contributor -> items.addAll(contributor.agendaFor(context)));
        return items;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
