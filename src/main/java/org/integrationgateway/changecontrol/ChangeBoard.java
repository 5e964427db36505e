package org.integrationgateway.changecontrol;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationgateway.changecontrol.events.ChangeBoardChanged;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The change control board of one project: its members, its {@link BoardRule} with quorum or named approver, and a
 * response target per change class. A project without a stored board has the {@link #defaults default board}: the
 * project manager and the gatekeepers, majority of more than half, emergency 4 hours, normal 5 working days.
 */
@Table("change_board")
public class ChangeBoard extends AbstractAggregateRoot<ChangeBoard> {

    public static final int MAX_MEMBERS = 20;

    @Id
    private Long id;
    private final long project;
    @MappedCollection(idColumn = "change_board")
    private Set<BoardMember> members;
    private BoardRule rule;
    private int quorum;
    private Long approver;
    @Embedded.Empty(prefix = "standard_")
    private ResponseTarget standardTarget;
    @Embedded.Empty(prefix = "normal_")
    private ResponseTarget normalTarget;
    @Embedded.Empty(prefix = "emergency_")
    private ResponseTarget emergencyTarget;
    private Instant changedAt;
    private String changedBy;
    @Version
    private Long version;

    @PersistenceCreator
    ChangeBoard(Long id, long project, Set<BoardMember> members, BoardRule rule, int quorum, Long approver,
                ResponseTarget standardTarget, ResponseTarget normalTarget, ResponseTarget emergencyTarget,
                Instant changedAt, String changedBy, Long version) {
        this.id = id;
        this.project = project;
        this.members = new LinkedHashSet<>(members);
        this.rule = rule;
        this.quorum = quorum;
        this.approver = approver;
        this.standardTarget = standardTarget;
        this.normalTarget = normalTarget;
        this.emergencyTarget = emergencyTarget;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    /** The board a project has until someone sets one up: {@code memberIds} (manager and gatekeepers) by majority. */
    public static ChangeBoard defaults(long project, Collection<Long> memberIds) {
        Set<BoardMember> members = memberIds.stream().filter(Objects::nonNull).distinct().map(BoardMember::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ChangeBoard(null, project, members, BoardRule.MAJORITY, Math.max(1, members.size() / 2 + 1), null,
                new ResponseTarget(1, ResponseTarget.Unit.WORKING_DAYS),
                new ResponseTarget(5, ResponseTarget.Unit.WORKING_DAYS),
                new ResponseTarget(4, ResponseTarget.Unit.HOURS), null, null, null);
    }

    /**
     * Sets members, rule and targets; {@code expectedVersion} is the version the change is based on (null for a
     * board not stored yet).
     *
     * @throws InvalidRequestException for missing or out-of-range input
     * @throws RuleViolationException for a quorum larger than the board or an approver who is not a member
     */
    void setUp(BoardSetup setup, String by, Instant now) {
        ChangeBoardChanged.Setup previous = id == null ? null : describe();
        if (setup.memberIds() == null || setup.memberIds().stream().filter(Objects::nonNull).findAny().isEmpty()) {
            throw new InvalidRequestException("memberIds", "A board needs at least one member.");
        }
        Set<Long> ids = setup.memberIds().stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.size() > MAX_MEMBERS) {
            throw new InvalidRequestException("memberIds", "A board has at most " + MAX_MEMBERS + " members.");
        }
        if (setup.rule() == null) {
            throw new InvalidRequestException("rule", "Choose majority or single approver.");
        }
        int newQuorum;
        Long newApprover = null;
        if (setup.rule() == BoardRule.MAJORITY) {
            if (setup.quorum() == null || setup.quorum() < 1) {
                throw new InvalidRequestException("quorum", "A quorum is at least 1 vote.");
            }
            if (setup.quorum() > ids.size()) {
                throw new RuleViolationException("quorum-too-large", "quorum", "The quorum of " + setup.quorum()
                        + " is larger than the board of " + ids.size() + ".");
            }
            newQuorum = setup.quorum();
        } else {
            if (setup.approverId() == null) {
                throw new InvalidRequestException("approverId", "Name the approver.");
            }
            if (!ids.contains(setup.approverId())) {
                throw new RuleViolationException("approver-not-member", "approverId", "The approver must be a member of the board.");
            }
            newApprover = setup.approverId();
            newQuorum = 1;
        }
        if (setup.standardTarget() == null || setup.normalTarget() == null || setup.emergencyTarget() == null) {
            throw new InvalidRequestException("targets", "Give a response target for each class of change.");
        }
        this.members = ids.stream().map(BoardMember::new).collect(Collectors.toCollection(LinkedHashSet::new));
        this.rule = setup.rule();
        this.quorum = newQuorum;
        this.approver = newApprover;
        this.standardTarget = setup.standardTarget();
        this.normalTarget = setup.normalTarget();
        this.emergencyTarget = setup.emergencyTarget();
        this.changedAt = now;
        this.changedBy = by;
        registerEvent(new ChangeBoardChanged(project, previous, describe(), by));
    }

    /**
     * What the votes of the current round amount to under the rule; votes of people who are no longer members do
     * not count. Empty while undecided (too few votes, or no choice with a majority yet).
     */
    public java.util.Optional<BoardOutcome> outcome(Collection<Vote> roundVotes) {
        if (rule == BoardRule.SINGLE_APPROVER) {
            return roundVotes.stream().filter(v -> Objects.equals(v.person(), approver)).findFirst()
                    .map(v -> new BoardOutcome(v.choice(), v.deferToStage(), DecisionForum.APPROVER));
        }
        List<Vote> counted = roundVotes.stream().filter(v -> isMember(v.person())).toList();
        if (counted.size() < quorum) {
            return java.util.Optional.empty();
        }
        Map<VoteChoice, Long> tally = new EnumMap<>(VoteChoice.class);
        counted.forEach(v -> tally.merge(v.choice(), 1L, Long::sum));
        for (Map.Entry<VoteChoice, Long> entry : tally.entrySet()) {
            if (entry.getValue() * 2 > members.size()) {
                Integer deferTo = entry.getKey() != VoteChoice.DEFER ? null : counted.stream()
                        .filter(v -> v.choice() == VoteChoice.DEFER).map(Vote::deferToStage).filter(Objects::nonNull)
                        .max(Integer::compare).orElse(null);
                return java.util.Optional.of(new BoardOutcome(entry.getKey(), deferTo, DecisionForum.BOARD));
            }
        }
        return java.util.Optional.empty();
    }

    public ResponseTarget target(ChangeClass changeClass) {
        return switch (changeClass) {
            case STANDARD -> standardTarget;
            case NORMAL -> normalTarget;
            case EMERGENCY -> emergencyTarget;
        };
    }

    public boolean isMember(Long person) {
        return person != null && members.stream().anyMatch(m -> m.person() == person);
    }

    public boolean isApprover(Long person) {
        return rule == BoardRule.SINGLE_APPROVER && person != null && person.equals(approver);
    }

    public List<Long> memberIds() {
        return members.stream().map(BoardMember::person).toList();
    }

    ChangeBoardChanged.Setup describe() {
        return new ChangeBoardChanged.Setup(memberIds(), rule.name(), quorum, approver, standardTarget.toString(),
                normalTarget.toString(), emergencyTarget.toString());
    }

    /** True for the default board of a project that has none stored. */
    public boolean isDefault() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public BoardRule getRule() {
        return rule;
    }

    public int getQuorum() {
        return quorum;
    }

    public Long getApprover() {
        return approver;
    }

    public ResponseTarget getStandardTarget() {
        return standardTarget;
    }

    public ResponseTarget getNormalTarget() {
        return normalTarget;
    }

    public ResponseTarget getEmergencyTarget() {
        return emergencyTarget;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Long getVersion() {
        return version;
    }
}
