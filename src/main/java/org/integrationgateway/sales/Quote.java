package org.integrationgateway.sales;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.integrationgateway.sales.events.QuoteCreated;
import org.integrationgateway.sales.events.QuoteLineAnswered;
import org.integrationgateway.sales.events.QuoteLinesChanged;
import org.integrationgateway.sales.events.QuoteSnapshot;
import org.integrationgateway.sales.events.QuoteStateChanged;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A quote for an opportunity, on one of its projects, in the opportunity's currency. Its rules live here: lines are
 * added, removed and reworded only while it is being built; the state among DRAFT, AWAITING_ANSWERS and READY follows
 * from the lines (see {@link QuoteState}); only a READY quote that has not passed its date is accepted, and the
 * acceptance records who accepted, when, and the exact terms with their SHA-256; only an ACCEPTED quote is booked.
 * The total is the options' prices plus the feasible customisations' price deltas; the delivery date is the longest
 * option lead time plus the feasible customisations' schedule deltas, from the acceptance (or today).
 */
@Table("quote")
public class Quote extends AbstractAggregateRoot<Quote> {

    public static final int MAX_LINES = 100;
    public static final int MAX_WORDING = 2_000;
    public static final int MAX_QUANTITY = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_REASON = 1_000;
    public static final int MAX_VALIDITY_DAYS = 366;

    @Id
    private Long id;
    private final long opportunity;
    private final long project;
    private final long customer;
    private final long ownerDepartment;
    private final String currency;
    private QuoteState state;
    private final LocalDate validUntil;
    private final Long createdByPerson;
    private final String createdBy;
    private final Instant createdAt;
    private String acceptedByName;
    private Long acceptedContact;
    private Instant acceptedAt;
    private String acceptedTerms;
    private String acceptedTermsHash;
    private String closedReason;
    private Instant closedAt;
    private Long salesOrder;
    @MappedCollection(idColumn = "quote", keyColumn = "position")
    private List<QuoteLine> lines;
    @Version
    private Long version;

    @PersistenceCreator
    Quote(Long id, long opportunity, long project, long customer, long ownerDepartment, String currency,
          QuoteState state, LocalDate validUntil, Long createdByPerson, String createdBy, Instant createdAt,
          String acceptedByName, Long acceptedContact, Instant acceptedAt, String acceptedTerms,
          String acceptedTermsHash, String closedReason, Instant closedAt, Long salesOrder, List<QuoteLine> lines,
          Long version) {
        this.id = id;
        this.opportunity = opportunity;
        this.project = project;
        this.customer = customer;
        this.ownerDepartment = ownerDepartment;
        this.currency = currency;
        this.state = state;
        this.validUntil = validUntil;
        this.createdByPerson = createdByPerson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.acceptedByName = acceptedByName;
        this.acceptedContact = acceptedContact;
        this.acceptedAt = acceptedAt;
        this.acceptedTerms = acceptedTerms;
        this.acceptedTermsHash = acceptedTermsHash;
        this.closedReason = closedReason;
        this.closedAt = closedAt;
        this.salesOrder = salesOrder;
        this.lines = new ArrayList<>(lines);
        this.version = version;
    }

    /**
     * A new, empty quote (DRAFT) for an open opportunity on {@code projectId}, one of its projects (checked by the
     * caller), valid until {@code validUntil} (default 30 days; at most a year; not in the past).
     */
    static Quote start(Opportunity opportunity, long projectId, LocalDate validUntil, SalesActor actor, LocalDate today,
                       Instant now) {
        if (opportunity.getStage().isClosed()) {
            throw new RuleViolationException("opportunity-closed", null,
                    "The opportunity is " + opportunity.getStage().name().toLowerCase() + "; reopen it to quote.");
        }
        LocalDate until = validUntil == null ? today.plusDays(30) : validUntil;
        if (until.isBefore(today)) {
            throw new RuleViolationException("valid-until-past", "validUntil", "A quote is valid until today or later.");
        }
        if (until.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw new InvalidRequestException("validUntil", "A quote is valid for at most a year.");
        }
        return new Quote(null, opportunity.getId(), projectId, opportunity.getCustomer(),
                opportunity.getOwnerDepartment(), opportunity.getCurrency(), QuoteState.DRAFT, until,
                actor.personId(), actor.name(), now, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** Registers {@link QuoteCreated}; called once the quote has its id. */
    void started() {
        registerEvent(new QuoteCreated(snapshot(createdAt), createdBy));
    }

    // ---- lines ------------------------------------------------------------------------------------------------------

    /** Adds a standard option at the catalogue's price and lead time; its currency must be the quote's. */
    QuoteLine addOption(String itemKey, int revision, String title, BigDecimal price, String priceCurrency,
                        Integer leadTimeDays, Integer quantity, SalesActor actor, Instant now) {
        requireBeingBuilt();
        int count = quantity == null ? 1 : quantity;
        if (count < 1 || count > MAX_QUANTITY) {
            throw new InvalidRequestException("quantity", "The quantity is 1 to " + MAX_QUANTITY + ".");
        }
        if (!currency.equals(priceCurrency)) {
            throw new RuleViolationException("currency-mismatch", "itemKey", itemKey + " is priced in " + priceCurrency
                    + " and this quote is in " + currency + ".");
        }
        QuoteLine line = QuoteLine.option(nextNumber(), itemKey, revision, title, count, price, leadTimeDays);
        lines.add(line);
        settle(now);
        registerEvent(new QuoteLinesChanged(snapshot(now), "line-added", line.getNumber(), LineKind.OPTION.name(), null,
                actor.name()));
        return line;
    }

    /**
     * Adds a customisation in the customer's words; its change request is raised by the caller and recorded with
     * {@link #asked}. The quote is then awaiting answers.
     */
    QuoteLine addCustomisation(CustomisationInput input, SalesActor actor, LocalDate today, Instant now) {
        requireBeingBuilt();
        QuoteLine line = QuoteLine.customisation(nextNumber(), checked(input, today), null, now);
        lines.add(line);
        settle(now);
        return line;
    }

    /** Records the change request a customisation line raised, and when its answer is due. */
    void asked(int number, long changeRequestId, Instant due, String change, SalesActor actor, Instant now) {
        QuoteLine line = line(number);
        line.asked(changeRequestId, due);
        registerEvent(new QuoteLinesChanged(snapshot(now), change, number, LineKind.CUSTOMISATION.name(),
                changeRequestId, actor.name()));
    }

    /** Removes an active line; the caller withdraws a pending customisation's change request. */
    QuoteLine removeLine(int number, SalesActor actor, Instant now) {
        requireBeingBuilt();
        QuoteLine line = activeLine(number);
        line.retire(LineStatus.REMOVED);
        settle(now);
        registerEvent(new QuoteLinesChanged(snapshot(now), "line-removed", number, line.getKind().name(),
                line.getChangeRequest(), actor.name()));
        return line;
    }

    /**
     * Replaces an active customisation with a reworded one (a new line that names the old one); the caller withdraws
     * the old change request if it is still pending and raises a new one for the new line.
     */
    QuoteLine reword(int number, CustomisationInput input, LocalDate today, Instant now) {
        requireBeingBuilt();
        QuoteLine old = activeLine(number);
        if (!old.isCustomisation()) {
            throw new RuleViolationException("not-a-customisation", null,
                    "Line " + number + " is a standard option; remove it instead of rewording it.");
        }
        CustomisationInput checked = checked(input, today);
        old.retire(LineStatus.REWORDED);
        QuoteLine line = QuoteLine.customisation(nextNumber(), checked, number, now);
        lines.add(line);
        settle(now);
        return line;
    }

    /**
     * Records the project's answer to customisation line {@code number}; returns false when nothing changed (the
     * same answer again, or a line no longer active, whose answer no longer matters).
     */
    boolean answer(int number, CustomisationAnswer answer, BigDecimal priceDelta, BigDecimal costDelta,
                   String costCurrency, Integer scheduleDeltaDays, String note, Instant due, Instant now) {
        QuoteLine line = line(number);
        if (!line.active() || !line.isCustomisation() || !state.beingBuilt()) {
            return false;
        }
        if (!line.answered(answer, priceDelta, costDelta, costCurrency, scheduleDeltaDays, note, due, now)) {
            return false;
        }
        settle(now);
        registerEvent(new QuoteLineAnswered(snapshot(now), number, line.getChangeRequest(), answer.name(),
                line.getPriceDelta(), line.getScheduleDeltaDays(), note, line.getAskedAt(), line.getAnsweredAt()));
        return true;
    }

    // ---- the customer's decision ------------------------------------------------------------------------------------

    /**
     * The customer accepts the quote as it stands: READY, not past its date; records the name (and contact), the
     * time and the terms (as {@link #terms} writes them) with their SHA-256.
     */
    @SuppressFBWarnings(value = "NP_NULL_ON_SOME_PATH",
            justification = "A null acceptance fails the required name check (Inputs.text) before the contact is "
                    + "read.")
    void accept(Acceptance acceptance, String terms, SalesActor actor, LocalDate today, Instant now) {
        if (state != QuoteState.READY) {
            throw new ConflictException("quote-not-ready", switch (state) {
                case DRAFT -> "The quote is not ready: add a line, or remove or reword a customisation that is not feasible.";
                case AWAITING_ANSWERS -> "The quote is still awaiting the project's answer to a customisation.";
                default -> "The quote is " + label(state) + ".";
            });
        }
        if (today.isAfter(validUntil)) {
            throw new ConflictException("quote-expired", "The quote was valid until " + validUntil + ".");
        }
        String name = Inputs.text("name", acceptance == null ? null : acceptance.name(), MAX_NAME, true);
        QuoteState from = state;
        acceptedByName = name;
        acceptedContact = acceptance.contactId();
        acceptedAt = now;
        acceptedTerms = terms;
        acceptedTermsHash = sha256(terms);
        state = QuoteState.ACCEPTED;
        registerEvent(new QuoteStateChanged(snapshot(now), from.name(), state.name(), name, null));
    }

    /** The customer declines: from any state before ordering; the caller withdraws pending change requests. */
    void decline(String reason, SalesActor actor, Instant now) {
        if (state.ended()) {
            throw new ConflictException("quote-ended", "The quote is " + label(state) + ".");
        }
        String why = Inputs.text("reason", reason, MAX_REASON, true);
        close(QuoteState.DECLINED, why, actor.name(), now);
    }

    /** Past its date while being built: EXPIRED (returns false for any other quote). */
    boolean expire(LocalDate today, Instant now) {
        if (!state.beingBuilt() || !today.isAfter(validUntil)) {
            return false;
        }
        close(QuoteState.EXPIRED, "Valid until " + validUntil + ".", "Quote expiry", now);
        return true;
    }

    /** The accepted quote became order {@code orderId}. */
    void ordered(long orderId, SalesActor actor, Instant now) {
        if (state != QuoteState.ACCEPTED) {
            throw new ConflictException("quote-not-accepted", state == QuoteState.ORDERED
                    ? "The quote has already been booked." : "Only a quote the customer has accepted is booked.");
        }
        salesOrder = orderId;
        state = QuoteState.ORDERED;
        registerEvent(new QuoteStateChanged(snapshot(now), QuoteState.ACCEPTED.name(), state.name(), actor.name(), null));
    }

    private void close(QuoteState to, String reason, String by, Instant now) {
        QuoteState from = state;
        state = to;
        closedReason = reason;
        closedAt = now;
        registerEvent(new QuoteStateChanged(snapshot(now), from.name(), to.name(), by, reason));
    }

    // ---- derived ----------------------------------------------------------------------------------------------------

    public List<QuoteLine> activeLines() {
        return lines.stream().filter(QuoteLine::active).toList();
    }

    public List<QuoteLine> pendingCustomisations() {
        return lines.stream().filter(QuoteLine::pending).toList();
    }

    public BigDecimal total() {
        return activeLines().stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The estimated delivery date: from the acceptance (or {@code today} before it), the longest lead time of the
     * options plus every feasible customisation's schedule delta (never less than the lead time alone).
     */
    public LocalDate deliveryDate(LocalDate today) {
        LocalDate from = acceptedAt != null ? acceptedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate() : today;
        int lead = activeLines().stream().map(QuoteLine::getLeadTimeDays).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        int delta = activeLines().stream().filter(l -> l.isCustomisation() && l.getAnswer() == CustomisationAnswer.FEASIBLE)
                .map(QuoteLine::getScheduleDeltaDays).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
        return from.plusDays(lead + Math.max(delta, 0));
    }

    /**
     * The terms the customer accepts, as plain text whose SHA-256 is kept with the acceptance: the quote and its
     * version, customer and project, every active line with its amount, the total and the delivery date.
     */
    String terms(String customerName, String projectName, LocalDate today) {
        StringBuilder text = new StringBuilder();
        text.append("Quote ").append(key()).append(" version ").append(version).append('\n')
                .append("Customer: ").append(customerName).append('\n')
                .append("Project: ").append(projectName).append('\n');
        for (QuoteLine line : activeLines()) {
            text.append("Line ").append(line.getNumber()).append(": ");
            if (line.isCustomisation()) {
                text.append("customisation \"").append(line.getDescription()).append("\"");
                if (line.getWantedBy() != null) {
                    text.append(" wanted by ").append(line.getWantedBy());
                }
                text.append(", feasible (CR-").append(line.getChangeRequest()).append("), ")
                        .append(currency).append(' ').append(line.amount().toPlainString()).append(", ")
                        .append(signed(line.getScheduleDeltaDays())).append(" days");
            } else {
                text.append("option ").append(line.getItemKey()).append(" r").append(line.getItemRevision()).append(" \"")
                        .append(line.getDescription()).append("\" x ").append(line.getQuantity()).append(" at ")
                        .append(currency).append(' ').append(line.getUnitPrice().toPlainString()).append(" = ")
                        .append(currency).append(' ').append(line.amount().toPlainString());
                if (line.getLeadTimeDays() != null) {
                    text.append(", lead time ").append(line.getLeadTimeDays()).append(" days");
                }
            }
            text.append('\n');
        }
        text.append("Total: ").append(currency).append(' ').append(total().toPlainString()).append('\n')
                .append("Delivery: ").append(deliveryDate(today)).append('\n')
                .append("Valid until: ").append(validUntil).append('\n');
        return text.toString();
    }

    private static String signed(Integer days) {
        int value = days == null ? 0 : days;
        return value >= 0 ? "+" + value : String.valueOf(value);
    }

    public QuoteSnapshot snapshot(Instant now) {
        return new QuoteSnapshot(id == null ? 0 : id, key(), opportunity, project, customer, ownerDepartment,
                state.name(), currency, total(), deliveryDate(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                activeLines().size(), pendingCustomisations().size());
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public String key() {
        return key(id);
    }

    public static String key(Long id) {
        return id == null ? "Q-new" : String.format("Q-%04d", id);
    }

    public QuoteLine line(int number) {
        return findLine(number).orElseThrow(() -> new NotFoundException("Quote line", number));
    }

    public Optional<QuoteLine> findLine(int number) {
        return number >= 1 && number <= lines.size() ? Optional.of(lines.get(number - 1)) : Optional.empty();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private QuoteLine activeLine(int number) {
        QuoteLine line = line(number);
        if (!line.active()) {
            throw new ConflictException("line-not-active", "Line " + number + " was "
                    + line.getStatus().name().toLowerCase() + " already.");
        }
        return line;
    }

    private int nextNumber() {
        if (lines.size() >= MAX_LINES) {
            throw new RuleViolationException("too-many-lines", null, "A quote has at most " + MAX_LINES + " lines.");
        }
        return lines.size() + 1;
    }

    private void requireBeingBuilt() {
        if (!state.beingBuilt()) {
            throw new ConflictException("quote-not-editable", "The quote is " + label(state) + "; its lines no longer change.");
        }
    }

    private CustomisationInput checked(CustomisationInput input, LocalDate today) {
        if (input == null) {
            throw new InvalidRequestException("wording", "Write what the customer wants, in their words.");
        }
        String wording = Inputs.text("wording", input.wording(), MAX_WORDING, true);
        if (input.wantedBy() != null && input.wantedBy().isBefore(today)) {
            throw new InvalidRequestException("wantedBy", "The date the customer wants it by is today or later.");
        }
        BigDecimal value = input.value();
        if (value == null) {
            throw new InvalidRequestException("value", "Give the value of the sale that depends on it (revenue at stake).");
        }
        if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(Opportunity.MAX_VALUE) > 0) {
            throw new InvalidRequestException("value", "The value is above 0, with at most two decimals, up to "
                    + Opportunity.MAX_VALUE.toPlainString() + ".");
        }
        return new CustomisationInput(wording, input.wantedBy(), value);
    }

    /** The state among DRAFT, AWAITING_ANSWERS and READY follows from the active lines. */
    private void settle(Instant now) {
        if (!state.beingBuilt()) {
            return;
        }
        List<QuoteLine> active = activeLines();
        if (active.stream().anyMatch(QuoteLine::pending)) {
            state = QuoteState.AWAITING_ANSWERS;
        } else if (active.isEmpty() || active.stream().anyMatch(QuoteLine::refused)) {
            state = QuoteState.DRAFT;
        } else {
            state = QuoteState.READY;
        }
    }

    private static String label(QuoteState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    // ---- accessors --------------------------------------------------------------------------------------------------

    public Long getId() { return id; }

    public long getOpportunity() { return opportunity; }

    public long getProject() { return project; }

    public long getCustomer() { return customer; }

    public long getOwnerDepartment() { return ownerDepartment; }

    public String getCurrency() { return currency; }

    public QuoteState getState() { return state; }

    public LocalDate getValidUntil() { return validUntil; }

    public Long getCreatedByPerson() { return createdByPerson; }

    public String getCreatedBy() { return createdBy; }

    public Instant getCreatedAt() { return createdAt; }

    public String getAcceptedByName() { return acceptedByName; }

    public Long getAcceptedContact() { return acceptedContact; }

    public Instant getAcceptedAt() { return acceptedAt; }

    public String getAcceptedTerms() { return acceptedTerms; }

    public String getAcceptedTermsHash() { return acceptedTermsHash; }

    public String getClosedReason() { return closedReason; }

    public Instant getClosedAt() { return closedAt; }

    public Long getSalesOrder() { return salesOrder; }

    public List<QuoteLine> getLines() { return List.copyOf(lines); }

    public Long getVersion() { return version; }
}
