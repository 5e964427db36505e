package org.integrationgateway.stagegate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.events.GateCriteriaScored;
import org.integrationgateway.stagegate.events.GateReviewScheduled;
import org.integrationgateway.stagegate.events.ReviewSnapshot;
import org.integrationgateway.stagegate.events.ScorecardSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A review of the gate closing stage {@code stageIndex} of a project: its date, gatekeepers and chair (one of the
 * gatekeepers), and the gatekeepers' scorecards. Only gatekeepers score, each once (a new scorecard replaces their
 * previous one) and only while the review is SCHEDULED; {@link #markDecided()} ends it, exactly once.
 */
@Table("gate_review")
public class GateReview extends AbstractAggregateRoot<GateReview> {

    public static final int MAX_GATEKEEPERS = 12;

    @Id
    private Long id;
    private final long project;
    private final long projectLifecycle;
    private final int stageIndex;
    private final LocalDate scheduledOn;
    private final long chair;
    private ReviewState state;
    private final Instant scheduledAt;
    @MappedCollection(idColumn = "gate_review")
    private Set<ReviewGatekeeper> gatekeepers;
    @MappedCollection(idColumn = "gate_review", keyColumn = "gatekeeper")
    private Map<Long, Scorecard> scorecards;
    @MappedCollection(idColumn = "gate_review")
    private Set<CriterionScore> scores;
    @Version
    private Long version;

    @PersistenceCreator
    GateReview(Long id, long project, long projectLifecycle, int stageIndex, LocalDate scheduledOn, long chair,
               ReviewState state, Instant scheduledAt, Set<ReviewGatekeeper> gatekeepers, Map<Long, Scorecard> scorecards,
               Set<CriterionScore> scores, Long version) {
        this.id = id;
        this.project = project;
        this.projectLifecycle = projectLifecycle;
        this.stageIndex = stageIndex;
        this.scheduledOn = scheduledOn;
        this.chair = chair;
        this.state = state;
        this.scheduledAt = scheduledAt;
        this.gatekeepers = new HashSet<>(gatekeepers);
        this.scorecards = new HashMap<>(scorecards);
        this.scores = new HashSet<>(scores);
        this.version = version;
    }

    /**
     * A review of the current gate of {@code lifecycle}.
     *
     * @throws RuleViolationException without gatekeepers, with too many, or when the chair is not one of them
     */
    static GateReview schedule(ProjectLifecycle lifecycle, LocalDate on, long chair, Collection<Long> gatekeeperIds,
                               Instant now) {
        if (on == null) {
            throw new InvalidRequestException("scheduledOn", "Choose the date of the review.");
        }
        Set<Long> ids = new LinkedHashSet<>(gatekeeperIds);
        if (ids.isEmpty()) {
            throw new RuleViolationException("no-gatekeepers", "gatekeeperIds", "A gate review needs at least one "
                    + "gatekeeper: name them, or give people the gatekeeper role on the project.");
        }
        if (ids.size() > MAX_GATEKEEPERS) {
            throw new InvalidRequestException("gatekeeperIds", "A review has at most " + MAX_GATEKEEPERS + " gatekeepers.");
        }
        if (!ids.contains(chair)) {
            throw new RuleViolationException("chair-not-gatekeeper", "chairId", "The chair must be one of the gatekeepers.");
        }
        GateReview review = new GateReview(null, lifecycle.getProject(), lifecycle.getId(), lifecycle.getCurrentStage(),
                on, chair, ReviewState.SCHEDULED, now, ids.stream().map(ReviewGatekeeper::new).collect(java.util.stream.Collectors.toSet()),
                Map.of(), Set.of(), null);
        return review;
    }

    /** Registers the scheduling event once the review has its id. */
    void scheduled(String gateName) {
        registerEvent(new GateReviewScheduled(snapshot(gateName)));
    }

    /**
     * Records {@code gatekeeper}'s scorecard for {@code gate}, replacing their previous one.
     *
     * @throws ConflictException if the review is decided
     * @throws RuleViolationException if the person is not a gatekeeper of this review
     * @throws InvalidRequestException if a criterion is unanswered, answered twice or answered out of range
     */
    void score(long gatekeeper, TemplateStage gate, ScorecardInput input, Instant now) {
        requireOpen();
        if (!isGatekeeper(gatekeeper)) {
            throw new RuleViolationException("not-a-gatekeeper", null, "Only the gatekeepers of this review score it.");
        }
        if (input.recommendation() == null) {
            throw new InvalidRequestException("recommendation", "Recommend GO, KILL, HOLD or RECYCLE.");
        }
        List<ScorecardInput.Answer> answers = input.answers() == null ? List.of() : input.answers();
        Map<Integer, ScorecardInput.Answer> byIndex = new HashMap<>();
        for (ScorecardInput.Answer answer : answers) {
            if (answer.criterionIndex() < 0 || answer.criterionIndex() >= gate.getCriteria().size()) {
                throw new InvalidRequestException("answers", "The gate has no criterion " + answer.criterionIndex() + ".");
            }
            if (byIndex.put(answer.criterionIndex(), answer) != null) {
                throw new InvalidRequestException("answers", "Criterion " + answer.criterionIndex() + " is answered twice.");
            }
        }
        for (int i = 0; i < gate.getCriteria().size(); i++) {
            GateCriterion criterion = gate.getCriteria().get(i);
            ScorecardInput.Answer answer = byIndex.get(i);
            String field = "answers[" + i + "]";
            if (criterion.mustMeet() && (answer == null || answer.met() == null)) {
                throw new InvalidRequestException(field + ".met", "Say whether \"" + criterion.name() + "\" is met.");
            }
            if (!criterion.mustMeet() && (answer == null || answer.score() == null
                    || answer.score() < 0 || answer.score() > 10)) {
                throw new InvalidRequestException(field + ".score", "Score \"" + criterion.name() + "\" from 0 to 10.");
            }
        }
        ScorecardSnapshot before = scorecardSnapshot(gatekeeper);
        scores.removeIf(s -> s.gatekeeper() == gatekeeper);
        for (int i = 0; i < gate.getCriteria().size(); i++) {
            ScorecardInput.Answer answer = byIndex.get(i);
            boolean must = gate.getCriteria().get(i).mustMeet();
            scores.add(new CriterionScore(gatekeeper, i, must ? answer.met() : null, must ? null : answer.score(),
                    TemplateStage.blankToNull(answer.comment())));
        }
        scorecards.put(gatekeeper, new Scorecard(input.recommendation(), TemplateStage.blankToNull(input.comment()), now));
        registerEvent(new GateCriteriaScored(id, project, stageIndex, before, scorecardSnapshot(gatekeeper)));
    }

    /** Ends the review; a second call (a second decision) is refused. */
    void markDecided() {
        requireOpen();
        state = ReviewState.DECIDED;
    }

    private void requireOpen() {
        if (state == ReviewState.DECIDED) {
            throw new ConflictException("review-decided", "This gate review has already been decided.");
        }
    }

    public boolean isGatekeeper(Long person) {
        return person != null && gatekeepers.contains(new ReviewGatekeeper(person));
    }

    public List<Long> gatekeeperIds() {
        return gatekeepers.stream().map(ReviewGatekeeper::person).sorted().toList();
    }

    public List<CriterionScore> scoresOf(long gatekeeper) {
        return scores.stream().filter(s -> s.gatekeeper() == gatekeeper)
                .sorted(java.util.Comparator.comparingInt(CriterionScore::criterionIndex)).toList();
    }

    private ScorecardSnapshot scorecardSnapshot(long gatekeeper) {
        Scorecard card = scorecards.get(gatekeeper);
        if (card == null) {
            return null;
        }
        return new ScorecardSnapshot(gatekeeper, card.recommendation().name(), card.comment(), scoresOf(gatekeeper)
                .stream().map(s -> new ScorecardSnapshot.Score(s.criterionIndex(), s.met(), s.score(), s.comment()))
                .toList());
    }

    public ReviewSnapshot snapshot(String gateName) {
        return new ReviewSnapshot(id == null ? 0 : id, project, stageIndex, gateName, scheduledOn, chair, gatekeeperIds(),
                state.name());
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public long getProjectLifecycle() {
        return projectLifecycle;
    }

    public int getStageIndex() {
        return stageIndex;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public long getChair() {
        return chair;
    }

    public ReviewState getState() {
        return state;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Map<Long, Scorecard> getScorecards() {
        return Map.copyOf(scorecards);
    }

    public Set<CriterionScore> getScores() {
        return Set.copyOf(scores);
    }

    /** The events registered since loading, published when the aggregate is saved. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateReview review && id != null && Objects.equals(id, review.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
