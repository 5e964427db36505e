package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.OpportunityRow;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesAccounts.AccountDetail;
import org.integrationgateway.sales.SalesAccounts.AccountSummary;
import org.integrationgateway.sales.SalesViewer;
import org.integrationgateway.sales.StageChange;
import org.integrationgateway.sales.StageMove;
import org.integrationgateway.sales.StageTotals;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * The JSON bodies of the sales API. Amounts are JSON numbers with at most two decimals, currencies ISO 4217 codes,
 * dates ISO dates; totals are always per currency, never summed across currencies.
 */
final class SalesApi {

    private SalesApi() {
    }

    record Ref(long id, String name) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    @Schema(description = "Count, value and weighted value of the opportunities of one stage in one currency")
    record Totals(OpportunityStage stage, String currency, long count, BigDecimal total, BigDecimal weighted) {

        static Totals of(StageTotals t) {
            return new Totals(t.stage(), t.currency(), t.count(), t.total(), t.weighted());
        }
    }

    @Schema(description = "A new opportunity. ownerId: default the signed-in sales rep (administrators and PMO name "
            + "a sales rep); stage: an open stage, default PROSPECT; probability: default the stage's "
            + "(10/25/50/75)")
    record OpportunityBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long customerId, Long contactId,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, OpportunityStage stage,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency, Integer probability,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate expectedClose, Long ownerId,
                           List<Long> projectIds) {

        OpportunityDraft draft() {
            return new OpportunityDraft(customerId, contactId, title, stage, value, currency, probability, expectedClose,
                    ownerId, projectIds);
        }
    }

    @Schema(description = "The new details of an open opportunity (replaces every field but the stage), with the "
            + "version they are based on. A different ownerId reassigns it (owner, administrators and PMO only).")
    record ChangeBody(Long customerId, Long contactId, String title, BigDecimal value, String currency,
                      Integer probability, LocalDate expectedClose, Long ownerId, List<Long> projectIds,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        OpportunityDraft draft() {
            return new OpportunityDraft(customerId, contactId, title, null, value, currency, probability, expectedClose,
                    ownerId, projectIds);
        }
    }

    @Schema(description = "A move to another stage. probability overrides the stage's default (open stages); "
            + "lostReason is required for LOST; expectedClose is needed to reopen when the old date has passed.")
    record StageBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OpportunityStage stage, Integer probability,
                     String lostReason, LocalDate expectedClose,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        StageMove move() {
            return new StageMove(stage, probability, lostReason, expectedClose);
        }
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "Send the version your change is based on.");
        }
        return version;
    }

    record OpportunityItem(long id, String key, Ref customer, String title, OpportunityStage stage, Money value,
                           int probability, Money weightedValue, LocalDate expectedClose, boolean overdue, Ref owner,
                           long version) {

        static OpportunityItem of(OpportunityRow row, Names names, LocalDate today) {
            return new OpportunityItem(row.id(), row.key(), names.customer(row.customerId()), row.title(), row.stage(),
                    new Money(row.value(), row.currency()), row.probability(),
                    new Money(row.weightedValue(), row.currency()), row.expectedClose(), row.isOverdue(today),
                    names.person(row.ownerId()), row.version());
        }
    }

    record HistoryItem(OpportunityStage from, OpportunityStage to, int probability, Money value, Money weightedValue,
                       String by, Instant at) {

        static HistoryItem of(StageChange change) {
            return new HistoryItem(change.fromStage(), change.toStage(), change.probability(),
                    new Money(change.value(), change.currency()), new Money(change.weightedValue(), change.currency()),
                    change.changedBy(), change.changedAt());
        }
    }

    record ProjectRef(long id, String code, String name) {
    }

    @Schema(description = "An opportunity with its projects, stage history and what the signed-in person may do")
    record OpportunityResponse(long id, String key, Ref customer, Ref contact, String title, OpportunityStage stage,
                               Money value, int probability, Money weightedValue, LocalDate expectedClose,
                               boolean overdue, Ref owner, List<ProjectRef> projects, String lostReason,
                               Instant createdAt, String createdBy, Instant closedAt, List<HistoryItem> history,
                               @Schema(description = "EDIT (details and stage), REASSIGN, REOPEN") List<String> actions,
                               long version) {

        static OpportunityResponse of(Opportunity o, Names names, Map<Long, Project> projects, SalesViewer viewer,
                                      LocalDate today) {
            List<String> actions = new ArrayList<>();
            if (viewer.mayEdit(o)) {
                if (o.getStage().isOpen()) {
                    actions.add("EDIT");
                    if (viewer.actor().mayReassign(o.getOwner())) {
                        actions.add("REASSIGN");
                    }
                } else if (viewer.actor().mayReopen(o.getOwner())) {
                    actions.add("REOPEN");
                }
            }
            return new OpportunityResponse(o.getId(), o.key(), names.customer(o.getCustomer()),
                    o.getContact() == null ? null : names.contact(o.getContact()), o.getTitle(), o.getStage(),
                    new Money(o.getValue(), o.getCurrency()), o.getProbability(),
                    new Money(o.weightedValue(), o.getCurrency()), o.getExpectedClose(), o.isOverdue(today),
                    names.person(o.getOwner()), o.getProjectIds().stream().map(projects::get)
                    .filter(java.util.Objects::nonNull).map(p -> new ProjectRef(p.getId(), p.getCode(), p.getName()))
                    .toList(), o.getLostReason(), o.getCreatedAt(), o.getCreatedBy(), o.getClosedAt(),
                    o.getStageChanges().stream().map(HistoryItem::of).toList(), actions, o.getVersion());
        }
    }

    @Schema(description = "The pipeline: per open stage and per currency the count, value and weighted value; the "
            + "same for WON and LOST")
    record PipelineResponse(List<Totals> open, List<Totals> won, List<Totals> lost) {

        static PipelineResponse of(List<StageTotals> totals) {
            return new PipelineResponse(
                    totals.stream().filter(t -> t.stage().isOpen()).map(Totals::of).toList(),
                    totals.stream().filter(t -> t.stage() == OpportunityStage.WON).map(Totals::of).toList(),
                    totals.stream().filter(t -> t.stage() == OpportunityStage.LOST).map(Totals::of).toList());
        }
    }

    record AccountItem(long id, String name, String industry, long contactCount, long openOpportunities,
                       List<Totals> openTotals) {

        static AccountItem of(AccountSummary summary) {
            CustomerView c = summary.customer();
            return new AccountItem(c.id(), c.name(), c.industry(), c.contactCount(), summary.openCount(),
                    summary.openTotals().stream().map(t -> new Totals(null, t.currency(), t.count(), t.total(),
                            t.weighted())).toList());
        }
    }

    record ContactItem(long id, String fullName, String email, String phone, String jobTitle) {

        static ContactItem of(ContactView c) {
            return new ContactItem(c.id(), c.fullName(), c.email(), c.phone(), c.jobTitle());
        }
    }

    record AccountResponse(long id, String name, String industry, String website, List<ContactItem> contacts,
                           List<OpportunityItem> opportunities, List<Totals> totals) {

        static AccountResponse of(AccountDetail detail, Names names, LocalDate today) {
            CustomerView c = detail.customer();
            return new AccountResponse(c.id(), c.name(), c.industry(), c.website(),
                    detail.contacts().stream().map(ContactItem::of).toList(),
                    detail.opportunities().stream().map(row -> OpportunityItem.of(row, names, today)).toList(),
                    detail.totals().stream().map(Totals::of).toList());
        }
    }

    /** Names of the customers, contacts and people a response mentions. */
    record Names(Map<Long, String> customers, Map<Long, String> contacts, Map<Long, PersonSummary> people) {

        Ref customer(long id) {
            return new Ref(id, customers.getOrDefault(id, "#" + id));
        }

        Ref contact(long id) {
            return new Ref(id, contacts.getOrDefault(id, "#" + id));
        }

        Ref person(long id) {
            PersonSummary p = people.get(id);
            return new Ref(id, p == null ? "#" + id : p.fullName());
        }

        /** The names of the customers and people of {@code rows} (one lookup each). */
        static Names of(org.integrationgateway.sales.SalesPipeline pipeline, List<OpportunityRow> rows) {
            return new Names(pipeline.customerNames(rows.stream().map(OpportunityRow::customerId).toList()), Map.of(),
                    pipeline.peopleById(rows.stream().map(OpportunityRow::ownerId).toList()));
        }

        /** The names an opportunity's page mentions. */
        static Names of(org.integrationgateway.sales.SalesPipeline pipeline, Opportunity o) {
            return new Names(pipeline.customerNames(List.of(o.getCustomer())),
                    contactNames(pipeline.contactsOf(o.getCustomer())), pipeline.peopleById(List.of(o.getOwner())));
        }

        static Map<Long, String> contactNames(List<ContactView> contacts) {
            Map<Long, String> names = new TreeMap<>();
            contacts.forEach(c -> names.put(c.id(), c.fullName()));
            return names;
        }
    }

    // ---- quotes and orders ----------------------------------------------------------------------------------------

    record OpportunityRef(long id, String title) {
    }

    record QuoteRef(long id, String key) {
    }

    @Schema(description = "A change request: its key (CR-12) and its address in the change control API")
    record ChangeRef(long id, String key, String url) {

        static ChangeRef of(Long id) {
            return id == null ? null : new ChangeRef(id, "CR-" + id, "/api/change-requests/" + id);
        }
    }

    @Schema(description = "A new quote: projectId is one of the opportunity's projects (may be omitted when it "
            + "concerns exactly one); validUntil defaults to 30 days from today, at most a year")
    record QuoteBody(Long projectId, LocalDate validUntil) {

        org.integrationgateway.sales.QuoteDraft draft() {
            return new org.integrationgateway.sales.QuoteDraft(projectId, validUntil);
        }
    }

    @Schema(description = "A new line. kind OPTION: itemKey (a priced option of the project's current baseline) and "
            + "quantity (default 1). kind CUSTOMISATION: wording (the customer's words), wantedBy (optional, today or "
            + "later) and value (the revenue at stake, in the quote's currency); it raises a change request at once.")
    record LineBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) org.integrationgateway.sales.LineKind kind,
                    String itemKey, Integer quantity, String wording, LocalDate wantedBy, BigDecimal value,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        org.integrationgateway.sales.CustomisationInput customisation() {
            return new org.integrationgateway.sales.CustomisationInput(wording, wantedBy, value);
        }
    }

    @Schema(description = "The new wording of a customisation (replaces the line; raises a new change request)")
    record RewordBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String wording, LocalDate wantedBy,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        org.integrationgateway.sales.CustomisationInput customisation() {
            return new org.integrationgateway.sales.CustomisationInput(wording, wantedBy, value);
        }
    }

    @Schema(description = "The customer's acceptance of exactly the version they saw: the name of the person "
            + "accepting and, optionally, which contact of the customer they are")
    record AcceptBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, Long contactId,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record DeclineBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    record VersionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    @Schema(description = "One quote line. OPTION: itemKey, itemRevision, description (the option's title), quantity, "
            + "unitPrice, leadTimeDays. CUSTOMISATION: description (the customer's wording), wantedBy, value (revenue "
            + "at stake), changeRequest, answer (OPEN, DEFERRED, FEASIBLE, NOT_FEASIBLE, WITHDRAWN) with priceDelta, "
            + "costDelta, scheduleDeltaDays, answerNote (the reason), and the timer: askedAt, answerDue, answeredAt, "
            + "waitedSeconds (so far, while open). rewords: the number of the line this one replaced.")
    record QuoteLineItem(int number, org.integrationgateway.sales.LineKind kind,
                         org.integrationgateway.sales.LineStatus status, String itemKey, Integer itemRevision,
                         String description, int quantity, BigDecimal unitPrice, Integer leadTimeDays,
                         BigDecimal amount, LocalDate wantedBy, BigDecimal value, ChangeRef changeRequest,
                         org.integrationgateway.sales.CustomisationAnswer answer, BigDecimal priceDelta,
                         BigDecimal costDelta, String costCurrency, Integer scheduleDeltaDays, String answerNote,
                         Instant askedAt, Instant answerDue, Instant answeredAt, Long waitedSeconds, Integer rewords) {

        static QuoteLineItem of(org.integrationgateway.sales.QuoteLine l, Instant now) {
            java.time.Duration waited = l.waited(now);
            return new QuoteLineItem(l.getNumber(), l.getKind(), l.getStatus(), l.getItemKey(), l.getItemRevision(),
                    l.getDescription(), l.getQuantity(), l.getUnitPrice(), l.getLeadTimeDays(), l.amount(),
                    l.getWantedBy(), l.getLineValue(), ChangeRef.of(l.getChangeRequest()), l.getAnswer(),
                    l.getPriceDelta(), l.getCostDelta(), l.getCostCurrency(), l.getScheduleDeltaDays(),
                    l.getAnswerNote(), l.getAskedAt(), l.getAnswerDue(), l.getAnsweredAt(),
                    waited == null ? null : waited.getSeconds(), l.getRewords());
        }
    }

    @Schema(description = "The customer's acceptance: who, which contact, when, and the exact terms accepted with "
            + "their SHA-256 (termsHash)")
    record AcceptanceItem(String name, Long contactId, Instant acceptedAt, String termsHash, String terms) {
    }

    /** The names a quote or order mentions: its opportunity's title, project and customer. */
    record Context(OpportunityRef opportunity, ProjectRef project, Ref customer) {
    }

    @Schema(description = "A quote with its lines and the actions the signed-in person may take")
    record QuoteResponse(long id, String key, org.integrationgateway.sales.QuoteState state, OpportunityRef opportunity,
                         ProjectRef project, Ref customer, String currency, BigDecimal total, LocalDate deliveryDate,
                         LocalDate validUntil, int pendingCustomisations, List<QuoteLineItem> lines,
                         AcceptanceItem acceptance, String closedReason, Instant closedAt, Long orderId,
                         @Schema(description = "ADD_LINE, ACCEPT, DECLINE, BOOK") List<String> actions, long version,
                         String createdBy, Instant createdAt) {

        static QuoteResponse of(org.integrationgateway.sales.Quote q, Context context, boolean mayEdit, LocalDate today,
                                Instant now) {
            List<String> actions = new ArrayList<>();
            if (mayEdit) {
                if (q.getState().beingBuilt()) {
                    actions.add("ADD_LINE");
                }
                if (q.getState() == org.integrationgateway.sales.QuoteState.READY) {
                    actions.add("ACCEPT");
                }
                if (!q.getState().ended()) {
                    actions.add("DECLINE");
                }
                if (q.getState() == org.integrationgateway.sales.QuoteState.ACCEPTED) {
                    actions.add("BOOK");
                }
            }
            AcceptanceItem acceptance = q.getAcceptedAt() == null ? null : new AcceptanceItem(q.getAcceptedByName(),
                    q.getAcceptedContact(), q.getAcceptedAt(), q.getAcceptedTermsHash(), q.getAcceptedTerms());
            return new QuoteResponse(q.getId(), q.key(), q.getState(), context.opportunity(), context.project(),
                    context.customer(), q.getCurrency(), q.total(), q.deliveryDate(today), q.getValidUntil(),
                    q.pendingCustomisations().size(), q.getLines().stream().map(l -> QuoteLineItem.of(l, now)).toList(),
                    acceptance, q.getClosedReason(), q.getClosedAt(), q.getSalesOrder(), actions, q.getVersion(),
                    q.getCreatedBy(), q.getCreatedAt());
        }
    }

    @Schema(description = "A quote as lists show it; total counts active lines (options and feasible customisations)")
    record QuoteItem(long id, String key, org.integrationgateway.sales.QuoteState state, OpportunityRef opportunity,
                     ProjectRef project, Ref customer, String currency, BigDecimal total, int activeLines,
                     int pendingCustomisations, LocalDate validUntil, QuoteRef order, String createdBy,
                     Instant createdAt, long version) {

        static QuoteItem of(org.integrationgateway.sales.QuoteRow r) {
            return new QuoteItem(r.id(), r.key(), r.state(), new OpportunityRef(r.opportunityId(), r.opportunityTitle()),
                    new ProjectRef(r.projectId(), r.projectCode(), r.projectName()), new Ref(r.customerId(),
                    r.customerName()), r.currency(), r.total(), r.activeLines(), r.pendingCustomisations(),
                    r.validUntil(), r.orderId() == null ? null : new QuoteRef(r.orderId(), r.orderNumber()),
                    r.createdBy(), r.createdAt(), r.version());
        }

        static QuoteItem of(org.integrationgateway.sales.Quote q, Context context) {
            return new QuoteItem(q.getId(), q.key(), q.getState(), context.opportunity(), context.project(),
                    context.customer(), q.getCurrency(), q.total(), q.activeLines().size(),
                    q.pendingCustomisations().size(), q.getValidUntil(), q.getSalesOrder() == null ? null
                    : new QuoteRef(q.getSalesOrder(), org.integrationgateway.sales.SalesOrder.number(q.getSalesOrder())),
                    q.getCreatedBy(), q.getCreatedAt(), q.getVersion());
        }
    }

    @Schema(description = "One standard option of the offer catalogue. available is false when it is priced in "
            + "another currency than the quote (it cannot be added: 422 currency-mismatch)")
    record OfferOptionItem(String itemKey, int revision, String title, BigDecimal price, String currency,
                           Integer leadTimeDays, boolean available) {
    }

    @Schema(description = "What the quote's project offers today: the priced options of its current baseline")
    record OfferResponse(long quoteId, long projectId, Long baselineId, String baselineName, Instant frozenAt,
                         String currency, List<OfferOptionItem> options) {

        static OfferResponse of(long quoteId, String currency, org.integrationgateway.specs.Offer offer) {
            return new OfferResponse(quoteId, offer.projectId(), offer.baselineId(), offer.baselineName(),
                    offer.frozenAt(), currency, offer.options().stream().map(o -> new OfferOptionItem(o.itemKey(),
                    o.revision(), o.title(), o.price(), o.currency(), o.leadTimeDays(),
                    currency.equals(o.currency()))).toList());
        }
    }

    @Schema(description = "One order line, copied from the accepted quote line quoteLine: deliverables are the spec "
            + "item keys it buys; scheduledGate the gate a customisation's change request was scheduled at")
    record OrderLineItem(int quoteLine, org.integrationgateway.sales.LineKind kind, String description, String itemKey,
                         int quantity, BigDecimal amount, ChangeRef changeRequest, List<String> deliverables,
                         String scheduledGate) {

        static OrderLineItem of(org.integrationgateway.sales.OrderLine l) {
            return new OrderLineItem(l.quoteLine(), l.kind(), l.description(), l.itemKey(), l.quantity(), l.amount(),
                    ChangeRef.of(l.changeRequest()), l.deliverableKeys(), l.scheduledGate());
        }
    }

    @Schema(description = "An order booked from an accepted quote")
    record OrderResponse(long id, String number, QuoteRef quote, OpportunityRef opportunity, Ref customer,
                         ProjectRef project, Ref creditedTo, String bookedBy, Instant bookedAt, LocalDate bookedOn,
                         BigDecimal total, String currency, LocalDate deliveryDate, Long variantId, String termsHash,
                         List<OrderLineItem> lines) {

        static OrderResponse of(org.integrationgateway.sales.SalesOrder o, Context context, Ref creditedTo) {
            return new OrderResponse(o.getId(), o.number(), new QuoteRef(o.getQuote(),
                    org.integrationgateway.sales.Quote.key(o.getQuote())), context.opportunity(), context.customer(),
                    context.project(), creditedTo, o.getBookedBy(), o.getBookedAt(), o.getBookedOn(), o.getTotal(),
                    o.getCurrency(), o.getDeliveryDate(), o.getVariant(), o.getAcceptedTermsHash(),
                    o.getLines().stream().map(OrderLineItem::of).toList());
        }
    }

    @Schema(description = "An order as lists show it")
    record OrderItem(long id, String number, QuoteRef quote, OpportunityRef opportunity, Ref customer,
                     ProjectRef project, Ref creditedTo, String bookedBy, Instant bookedAt, LocalDate bookedOn,
                     BigDecimal total, String currency, LocalDate deliveryDate, int lineCount) {

        static OrderItem of(org.integrationgateway.sales.OrderRow r) {
            return new OrderItem(r.id(), r.number(), new QuoteRef(r.quoteId(), r.quoteKey()),
                    new OpportunityRef(r.opportunityId(), r.opportunityTitle()), new Ref(r.customerId(),
                    r.customerName()), new ProjectRef(r.projectId(), r.projectCode(), r.projectName()),
                    new Ref(r.creditedToId(), r.creditedToName()), r.bookedBy(), r.bookedAt(), r.bookedOn(),
                    r.total(), r.currency(), r.deliveryDate(), r.lineCount());
        }
    }
}
