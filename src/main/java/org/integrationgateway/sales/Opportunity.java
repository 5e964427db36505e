package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationgateway.sales.events.OpportunityChanged;
import org.integrationgateway.sales.events.OpportunityCreated;
import org.integrationgateway.sales.events.OpportunitySnapshot;
import org.integrationgateway.sales.events.OpportunityStageChanged;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sales opportunity with a customer: its stage on the pipeline, value, probability and expected close date, its
 * owner (a sales rep; {@code ownerDepartment} is the rep's department when the owner was set, which decides whose
 * team pipeline it is on) and the projects it concerns. The stage rules live here: open stages move freely forward
 * and back, WON and LOST close it (probability 100 and 0, LOST with a reason), a closed opportunity is reopened only
 * by its owner, an administrator or PMO, and is not edited until it is reopened. Every change registers an event and
 * every stage move adds a {@link StageChange} to its history.
 */
@Table("opportunity")
public class Opportunity extends AbstractAggregateRoot<Opportunity> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LOST_REASON = 1_000;
    public static final int MAX_PROJECTS = 20;
    public static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");

    @Id
    private Long id;
    private long customer;
    private Long contact;
    private String title;
    private OpportunityStage stage;
    private BigDecimal amount;
    private String currency;
    private int probability;
    private LocalDate expectedClose;
    private long owner;
    private long ownerDepartment;
    private String lostReason;
    private final Instant createdAt;
    private final String createdBy;
    private Instant closedAt;
    @MappedCollection(idColumn = "opportunity")
    private Set<OpportunityProject> projects;
    @MappedCollection(idColumn = "opportunity", keyColumn = "position")
    private List<StageChange> stageChanges;
    @Version
    private Long version;

    @PersistenceCreator
    Opportunity(Long id, long customer, Long contact, String title, OpportunityStage stage, BigDecimal amount,
                String currency, int probability, LocalDate expectedClose, long owner, long ownerDepartment,
                String lostReason, Instant createdAt, String createdBy, Instant closedAt,
                Set<OpportunityProject> projects, List<StageChange> stageChanges, Long version) {
        this.id = id;
        this.customer = customer;
        this.contact = contact;
        this.title = title;
        this.stage = stage;
        this.amount = amount;
        this.currency = currency;
        this.probability = probability;
        this.expectedClose = expectedClose;
        this.owner = owner;
        this.ownerDepartment = ownerDepartment;
        this.lostReason = lostReason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.closedAt = closedAt;
        this.projects = new LinkedHashSet<>(projects);
        this.stageChanges = new ArrayList<>(stageChanges);
        this.version = version;
    }

    /**
     * A new opportunity in an open stage (default PROSPECT) owned by {@code owner} of {@code ownerDepartment}; the
     * references (customer, contact, owner, projects) are checked by the caller. Registers {@link OpportunityCreated}
     * once saved ({@link #created()}).
     *
     * @throws InvalidRequestException for missing or malformed input
     * @throws RuleViolationException for a closed stage or an expected close date in the past
     */
    static Opportunity open(OpportunityDraft draft, long owner, long ownerDepartment, SalesActor actor, LocalDate today,
                            Instant now) {
        OpportunityStage stage = draft.stage() == null ? OpportunityStage.PROSPECT : draft.stage();
        if (stage.isClosed()) {
            throw new RuleViolationException("closed-stage", "stage", "A new opportunity starts in an open stage; "
                    + "move it to won or lost afterwards.");
        }
        if (draft.customerId() == null) {
            throw new InvalidRequestException("customerId", "Choose the customer.");
        }
        Opportunity opportunity = new Opportunity(null, draft.customerId(), null, null, stage, null, null, 0, null,
                owner, ownerDepartment, null, now, actor.name(), null, Set.of(), List.of(), null);
        opportunity.apply(draft, today, true);
        opportunity.stageChanges.add(new StageChange(null, stage, opportunity.probability, opportunity.amount,
                opportunity.currency, actor.personId(), actor.name(), now));
        return opportunity;
    }

    /** Registers {@link OpportunityCreated}; called once the opportunity has its id. */
    void created() {
        registerEvent(new OpportunityCreated(snapshot(), createdBy));
    }

    /**
     * Replaces the details (not the stage) with {@code draft}; a different {@code owner} reassigns it, which only the
     * owner, an administrator or PMO may do. A close date that changes must not be in the past.
     *
     * @throws ConflictException when the opportunity is won or lost (reopen it first)
     * @throws NotPermittedException when someone else than the owner, an administrator or PMO reassigns it
     */
    void change(OpportunityDraft draft, long owner, long ownerDepartment, SalesActor actor, LocalDate today) {
        if (stage.isClosed()) {
            throw new ConflictException("opportunity-closed", "This opportunity is " + stage.name().toLowerCase()
                    + "; reopen it before changing it.");
        }
        if (draft.customerId() == null) {
            throw new InvalidRequestException("customerId", "Choose the customer.");
        }
        boolean reassigned = owner != this.owner;
        if (reassigned && !actor.mayReassign(this.owner)) {
            throw new NotPermittedException("not-the-owner", "Only the owner of an opportunity, an administrator or "
                    + "PMO reassigns it.");
        }
        OpportunitySnapshot before = snapshot();
        this.customer = draft.customerId();
        this.owner = owner;
        this.ownerDepartment = ownerDepartment;
        apply(draft, today, false);
        registerEvent(new OpportunityChanged(before, snapshot(), reassigned));
    }

    /**
     * Moves the opportunity to another stage under the stage rules (see the class comment). Open stages take their
     * default probability unless {@code move} gives one.
     *
     * @throws ConflictException 409 illegal-transition for the current stage, or from won to lost and back
     * @throws NotPermittedException when someone else than the owner, an administrator or PMO reopens it
     * @throws InvalidRequestException for a missing lost reason, a probability out of range or fixed by the stage
     * @throws RuleViolationException for an expected close date in the past when reopening
     */
    void moveTo(StageMove move, SalesActor actor, LocalDate today, Instant now) {
        OpportunityStage to = move.stage();
        if (to == null) {
            throw new InvalidRequestException("stage", "Choose the stage to move to.");
        }
        if (to == stage) {
            throw new ConflictException("illegal-transition", "stage", "The opportunity is already in "
                    + describe(stage) + ".");
        }
        if (stage.isClosed() && to.isClosed()) {
            throw new ConflictException("illegal-transition", "stage", "A " + describe(stage) + " opportunity is "
                    + "reopened to an open stage first.");
        }
        if (stage.isClosed() && !actor.mayReopen(owner)) {
            throw new NotPermittedException("not-the-owner", "Only the owner of an opportunity, an administrator or "
                    + "PMO reopens it.");
        }
        OpportunitySnapshot before = snapshot();
        OpportunityStage from = stage;
        int newProbability = probabilityFor(to, move.probability());
        String reason = null;
        if (to == OpportunityStage.LOST) {
            reason = Inputs.text("lostReason", move.lostReason(), MAX_LOST_REASON, false);
            if (reason == null) {
                throw new InvalidRequestException("lostReason", "Say why the opportunity was lost.");
            }
        }
        if (move.expectedClose() != null && !move.expectedClose().equals(expectedClose)) {
            requireNotPast(move.expectedClose(), today);
            this.expectedClose = move.expectedClose();
        }
        if (from.isClosed() && (expectedClose == null || expectedClose.isBefore(today))) {
            throw new RuleViolationException("close-date-past", "expectedClose", "Give a new expected close date "
                    + "(today or later) to reopen the opportunity.");
        }
        this.stage = to;
        this.probability = newProbability;
        this.lostReason = reason;
        this.closedAt = to.isClosed() ? now : null;
        stageChanges.add(new StageChange(from, to, probability, amount, currency, actor.personId(), actor.name(), now));
        registerEvent(new OpportunityStageChanged(before, snapshot(), from.name(), to.name(), weightedValue(), currency,
                actor.name()));
    }

    private void apply(OpportunityDraft draft, LocalDate today, boolean creating) {
        this.title = Inputs.text("title", draft.title(), MAX_TITLE, true);
        this.amount = value(draft.value());
        this.currency = Inputs.currencyCode("currency", draft.currency());
        this.probability = probabilityFor(stage, draft.probability());
        if (draft.expectedClose() == null) {
            throw new InvalidRequestException("expectedClose", "Give the expected close date.");
        }
        if (creating || !draft.expectedClose().equals(expectedClose)) {
            requireNotPast(draft.expectedClose(), today);
        }
        this.expectedClose = draft.expectedClose();
        this.contact = draft.contactId();
        List<Long> ids = draft.projectIds() == null ? List.of() : draft.projectIds();
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRequestException("projectIds", "A project id is missing in the list.");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() > MAX_PROJECTS) {
            throw new InvalidRequestException("projectIds", "An opportunity concerns at most " + MAX_PROJECTS + " projects.");
        }
        this.projects = distinct.stream().map(OpportunityProject::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The probability an opportunity has in {@code stage}: the given one (open stages), or the stage's default. */
    static int probabilityFor(OpportunityStage stage, Integer given) {
        if (given == null) {
            return stage.defaultProbability();
        }
        if (given < 0 || given > 100) {
            throw new InvalidRequestException("probability", "The probability is a percentage from 0 to 100.");
        }
        if (stage.isClosed() && given != stage.defaultProbability()) {
            throw new InvalidRequestException("probability", "A " + describe(stage) + " opportunity has a probability of "
                    + stage.defaultProbability() + " %.");
        }
        return given;
    }

    static BigDecimal value(BigDecimal value) {
        if (value == null) {
            throw new InvalidRequestException("value", "Give the value, an amount above 0.");
        }
        if (value.signum() <= 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new InvalidRequestException("value", "The value is an amount above 0 and up to "
                    + MAX_VALUE.toPlainString() + ".");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidRequestException("value", "Give the value with at most two decimals.");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void requireNotPast(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw new RuleViolationException("close-date-past", "expectedClose", "The expected close date cannot be in "
                    + "the past.");
        }
    }

    static String describe(OpportunityStage stage) {
        return stage.name().toLowerCase();
    }

    /** {@code value} times {@code probability} %, rounded half up to cents. */
    public static BigDecimal weighted(BigDecimal value, int probability) {
        return value.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal weightedValue() {
        return weighted(amount, probability);
    }

    /** Open with an expected close date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && expectedClose != null && expectedClose.isBefore(today);
    }

    public OpportunitySnapshot snapshot() {
        return new OpportunitySnapshot(id == null ? 0 : id, customer, contact, title, stage.name(), amount, currency,
                probability, weightedValue(), expectedClose, owner, ownerDepartment, getProjectIds(), lostReason);
    }

    /** The events registered and not yet published (they are published when the opportunity is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public List<Long> getProjectIds() {
        return projects.stream().map(OpportunityProject::project).sorted().toList();
    }

    public boolean concernsAny(Set<Long> projectIds) {
        return projects.stream().anyMatch(p -> projectIds.contains(p.project()));
    }

    public Long getId() {
        return id;
    }

    public String key() {
        return "OPP-" + id;
    }

    public long getCustomer() {
        return customer;
    }

    public Long getContact() {
        return contact;
    }

    public String getTitle() {
        return title;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    public BigDecimal getValue() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public int getProbability() {
        return probability;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public long getOwner() {
        return owner;
    }

    public long getOwnerDepartment() {
        return ownerDepartment;
    }

    public String getLostReason() {
        return lostReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The stage history, oldest first. */
    public List<StageChange> getStageChanges() {
        return List.copyOf(stageChanges);
    }

    public Long getVersion() {
        return version;
    }
}
