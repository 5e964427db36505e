package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeAnswer;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.OrderSchedule;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.Offer;
import org.integrationgateway.specs.OfferCatalogue;
import org.integrationgateway.specs.OfferOption;
import org.integrationgateway.specs.OrderCustomisation;
import org.integrationgateway.specs.OrderVariants;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes' and orders' application service. A quote is seen by whoever sees its opportunity and written by the
 * opportunity's sales team, administrators and PMO ({@link SalesViewer}; 404 for the rest, 403 {@code read-only} for a
 * project manager). Standard options come from the project's offer catalogue at its current baseline; each
 * customisation raises a change request on the project at once (origin SALES, source the quote line, revenue at stake
 * the line's value), and the project's answer flows back by {@link QuoteAnswers}. Booking an accepted quote creates
 * the order, schedules its change requests into the project at their gateways, makes the customer's variant of the
 * spec and marks the opportunity won, in one transaction. Every write takes the version it is based on (null skips
 * the check, except for acceptance, where the customer accepts exactly the version they saw) and answers 409 when it
 * is stale.
 */
@Service
public class QuoteDesk {

    private final Quotes quotes;
    private final SalesOrders orders;
    private final Opportunities opportunities;
    private final SalesPermissions permissions;
    private final ChangeControl changeControl;
    private final OfferCatalogue offers;
    private final OrderVariants variants;
    private final CustomerManagement customers;
    private final Portfolio portfolio;
    private final CustomisationPricing pricing;
    private final Clock clock;

    QuoteDesk(Quotes quotes, SalesOrders orders, Opportunities opportunities, SalesPermissions permissions,
              ChangeControl changeControl, OfferCatalogue offers, OrderVariants variants, CustomerManagement customers,
              Portfolio portfolio, CustomisationPricing pricing, Clock clock) {
        this.quotes = quotes;
        this.orders = orders;
        this.opportunities = opportunities;
        this.permissions = permissions;
        this.changeControl = changeControl;
        this.offers = offers;
        this.variants = variants;
        this.customers = customers;
        this.portfolio = portfolio;
        this.pricing = pricing;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** One quote the signed-in person may see, or NotFound. */
    @Transactional(readOnly = true)
    public Quote quote(long id) {
        SalesViewer viewer = permissions.viewer();
        Quote quote = quotes.findById(id).orElseThrow(() -> new NotFoundException("Quote", id));
        visibleOpportunity(viewer, quote.getOpportunity(), "Quote", id);
        return quote;
    }

    /** The quotes of an opportunity the signed-in person may see, newest first. */
    @Transactional(readOnly = true)
    public List<Quote> quotesOf(long opportunityId) {
        visibleOpportunity(permissions.viewer(), opportunityId, "Opportunity", opportunityId);
        return quotes.findByOpportunityOrderByIdDesc(opportunityId);
    }

    /** What the quote's project offers today (its current baseline's priced options). */
    @Transactional(readOnly = true)
    public Offer offer(long quoteId) {
        return offers.offer(quote(quoteId).getProject());
    }

    /** One order the signed-in person may see (they see its opportunity), or NotFound. */
    @Transactional(readOnly = true)
    public SalesOrder order(long id) {
        SalesViewer viewer = permissions.viewer();
        SalesOrder order = orders.findById(id).orElseThrow(() -> new NotFoundException("Order", id));
        visibleOpportunity(viewer, order.getOpportunity(), "Order", id);
        return order;
    }

    /** The order booked from a quote, if any (the quote must be visible). */
    @Transactional(readOnly = true)
    public java.util.Optional<SalesOrder> orderOf(long quoteId) {
        quote(quoteId);
        return orders.findByQuote(quoteId);
    }

    /**
     * The terms the customer would accept now, exactly as {@link #accept} records them for the quote's current
     * version, so that a page can show them before the customer accepts.
     */
    @Transactional(readOnly = true)
    public String terms(long quoteId) {
        Quote quote = quote(quoteId);
        return quote.terms(customers.get(quote.getCustomer()).name(), portfolio.project(quote.getProject()).getName(),
                today());
    }

    public SalesViewer viewer() {
        return permissions.viewer();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- building a quote ---------------------------------------------------------------------------------------

    /**
     * Starts a quote for an open opportunity, on one of its projects.
     *
     * @throws RuleViolationException {@code project-not-of-opportunity}, {@code no-project}, {@code opportunity-closed}
     */
    @Transactional
    public Quote create(long opportunityId, QuoteDraft draft) {
        SalesViewer viewer = permissions.viewer();
        Opportunity opportunity = visibleOpportunity(viewer, opportunityId, "Opportunity", opportunityId);
        requireEditor(viewer, opportunity);
        List<Long> projects = opportunity.getProjectIds();
        Long projectId = draft == null ? null : draft.projectId();
        if (projectId == null) {
            if (projects.size() != 1) {
                throw new RuleViolationException(projects.isEmpty() ? "no-project" : "choose-project", "projectId",
                        projects.isEmpty() ? "The opportunity concerns no project yet; add the project it is about first."
                                : "Choose which of the opportunity's projects the quote is for.");
            }
            projectId = projects.get(0);
        } else if (!projects.contains(projectId)) {
            throw new RuleViolationException("project-not-of-opportunity", "projectId",
                    "Project " + projectId + " is not one the opportunity concerns.");
        }
        Quote quote = Quote.start(opportunity, projectId, draft == null ? null : draft.validUntil(), viewer.actor(),
                today(), now());
        quote = quotes.save(quote);
        quote.started();
        return quotes.save(quote);
    }

    /**
     * Adds a standard option of the project's current baseline at its catalogue price and lead time.
     *
     * @throws RuleViolationException {@code not-in-offer} when the item is not a priced option of the current baseline
     */
    @Transactional
    public Quote addOption(long quoteId, Long expectedVersion, String itemKey, Integer quantity) {
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            if (itemKey == null || itemKey.isBlank()) {
                throw new InvalidRequestException("itemKey", "Choose an option from the catalogue.");
            }
            OfferOption option = offers.option(quote.getProject(), itemKey.strip())
                    .orElseThrow(() -> new RuleViolationException("not-in-offer", "itemKey", itemKey.strip()
                            + " is not a priced option of the project's current baseline."));
            quote.addOption(option.itemKey(), option.revision(), option.title(), option.price(), option.currency(),
                    option.leadTimeDays(), quantity, viewer.actor(), now());
        });
    }

    /** Adds a customisation and raises its change request on the project at once. */
    @Transactional
    public Quote addCustomisation(long quoteId, Long expectedVersion, CustomisationInput input) {
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            QuoteLine line = quote.addCustomisation(input, viewer.actor(), today(), now());
            ask(quote, line, "line-added", viewer);
        });
    }

    /** Removes a line; a customisation still waiting for its answer has its change request withdrawn. */
    @Transactional
    public Quote removeLine(long quoteId, Long expectedVersion, int lineNumber) {
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            QuoteLine line = quote.removeLine(lineNumber, viewer.actor(), now());
            withdrawIfPending(quote, line, viewer, "The customisation was removed from the quote.");
        });
    }

    /**
     * Rewords a customisation (typically one that was not feasible): the old line is kept as reworded, its change
     * request withdrawn if still undecided, and the new wording raises a new change request.
     */
    @Transactional
    public Quote reword(long quoteId, Long expectedVersion, int lineNumber, CustomisationInput input) {
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            QuoteLine old = quote.line(lineNumber);
            boolean wasPending = old.pending();
            QuoteLine line = quote.reword(lineNumber, input, today(), now());
            if (wasPending) {
                withdrawIfPending(quote, old, viewer, "The customer reworded the customisation (line "
                        + line.getNumber() + " of " + quote.key() + ").");
            }
            ask(quote, line, "line-reworded", viewer);
        });
    }

    // ---- the customer's decision --------------------------------------------------------------------------------

    /**
     * The customer accepts the quote exactly as they saw it: {@code expectedVersion} is required, so an answer that
     * arrived meanwhile makes the acceptance a 409 rather than accepting something else.
     */
    @Transactional
    public Quote accept(long quoteId, Long expectedVersion, Acceptance acceptance) {
        if (expectedVersion == null) {
            throw new InvalidRequestException("version", "Send the version of the quote the customer accepts.");
        }
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            if (acceptance != null && acceptance.contactId() != null) {
                try {
                    customers.contact(quote.getCustomer(), acceptance.contactId());
                } catch (NotFoundException notTheirs) {
                    throw new RuleViolationException("contact-not-of-customer", "contactId",
                            "The person accepting must be a contact of the customer.");
                }
            }
            String terms = quote.terms(customers.get(quote.getCustomer()).name(),
                    portfolio.project(quote.getProject()).getName(), today());
            quote.accept(acceptance, terms, viewer.actor(), today(), now());
        });
    }

    /** The customer declines; customisations still waiting have their change requests withdrawn. */
    @Transactional
    public Quote decline(long quoteId, Long expectedVersion, String reason) {
        return write(quoteId, expectedVersion, (quote, viewer) -> {
            List<QuoteLine> pending = quote.pendingCustomisations();
            quote.decline(reason, viewer.actor(), now());
            for (QuoteLine line : pending) {
                withdrawIfPending(quote, line, viewer, "The customer declined quote " + quote.key() + ".");
            }
        });
    }

    /**
     * Books the accepted quote: the order (credited to the opportunity's owner), its change requests scheduled into
     * the project at their gateways, the customer's variant of the spec, the quote ORDERED and the opportunity WON.
     */
    @Transactional
    public SalesOrder book(long quoteId, Long expectedVersion) {
        SalesViewer viewer = permissions.viewer();
        Quote quote = editableQuote(viewer, quoteId, expectedVersion);
        if (quote.getState() != QuoteState.ACCEPTED) {
            throw new ConflictException("quote-not-accepted", quote.getState() == QuoteState.ORDERED
                    ? "The quote has already been booked." : "Only a quote the customer has accepted is booked.");
        }
        Opportunity opportunity = opportunities.findById(quote.getOpportunity())
                .orElseThrow(() -> new NotFoundException("Opportunity", quote.getOpportunity()));
        Instant now = now();
        List<OrderLine> lines = new ArrayList<>();
        List<OrderCustomisation> customisations = new ArrayList<>();
        for (QuoteLine line : quote.activeLines()) {
            if (line.isCustomisation()) {
                ChangeAnswer answer = changeControl.answer(line.getChangeRequest());
                for (String key : answer.affectedItemKeys()) {
                    customisations.add(new OrderCustomisation(key, line.getDescription(), "CR-" + line.getChangeRequest()));
                }
                lines.add(new OrderLine(line.getNumber(), LineKind.CUSTOMISATION, line.getDescription(), null, 1,
                        line.amount(), line.getChangeRequest(), String.join(",", answer.affectedItemKeys()), null));
            } else {
                lines.add(new OrderLine(line.getNumber(), LineKind.OPTION, line.getDescription(), line.getItemKey(),
                        line.getQuantity(), line.amount(), null, line.getItemKey(), null));
            }
        }
        SalesOrder order = orders.save(SalesOrder.book(quote, opportunity.getOwner(), lines, viewer.actor(), today(), now));
        SourceReference source = new SourceReference(SourceKind.ORDER, String.valueOf(order.getId()), "Order " + order.number());
        Map<Long, String> gates = new HashMap<>();
        for (OrderLine line : lines) {
            if (line.changeRequest() != null) {
                OrderSchedule schedule = changeControl.scheduleForOrder(line.changeRequest(), source).getScheduled();
                if (schedule != null && schedule.gateName() != null) {
                    gates.put(line.changeRequest(), schedule.gateName());
                }
            }
        }
        Long variant = variants.createForOrder(quote.getProject(), quote.getCustomer(), order.number(), customisations)
                .orElse(null);
        order.booked(gates, variant, quote.key());
        order = orders.save(order);
        quote.ordered(order.getId(), viewer.actor(), now);
        racing("The quote", () -> quotes.save(quote));
        if (!opportunity.getStage().isClosed()) {
            opportunity.moveTo(new StageMove(OpportunityStage.WON, null, null, null), viewer.actor(), today(), now);
            racing("The opportunity", () -> opportunities.save(opportunity));
        }
        return order;
    }

    // ---- answers from the project -------------------------------------------------------------------------------

    /**
     * Brings customisation line {@code lineNumber} of quote {@code quoteId} up to date with its change request
     * {@code changeRequestId}, reading the request's current answer (so repeated or late events do no harm). Runs
     * without a signed-in person: it is the project answering, not a user writing.
     *
     * Each call is a transaction of its own (also inside the listener's), so that a write lost to a concurrent one
     * can be retried on a fresh copy.
     *
     * @return whether the line changed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean refreshAnswer(long quoteId, int lineNumber, long changeRequestId) {
        Quote quote = quotes.findById(quoteId).orElse(null);
        if (quote == null) {
            return false;
        }
        QuoteLine line = quote.findLine(lineNumber).orElse(null);
        if (line == null || !Objects.equals(line.getChangeRequest(), changeRequestId)) {
            return false;
        }
        ChangeAnswer answer = changeControl.answer(changeRequestId);
        if (!apply(quote, line, answer)) {
            return false;
        }
        quotes.save(quote);
        return true;
    }

    /** Marks every quote past its date while still being built as EXPIRED (withdrawing pending customisations). */
    @Transactional
    public boolean expire(long quoteId) {
        Quote quote = quotes.findById(quoteId).orElse(null);
        if (quote == null) {
            return false;
        }
        List<QuoteLine> pending = quote.pendingCustomisations();
        if (!quote.expire(today(), now())) {
            return false;
        }
        for (QuoteLine line : pending) {
            changeControl.withdrawForSource(line.getChangeRequest(), source(quote, line), "Quote expiry",
                    "Quote " + quote.key() + " expired on " + quote.getValidUntil() + ".");
        }
        quotes.save(quote);
        return true;
    }

    /** The ids of quotes past their date that are still being built. */
    @Transactional(readOnly = true)
    public List<Long> quotesToExpire() {
        return quotes.findIdsToExpire(today());
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    private boolean apply(Quote quote, QuoteLine line, ChangeAnswer answer) {
        CustomisationAnswer outcome;
        BigDecimal price = null;
        String note = answer.reason();
        if (answer.approved()) {
            outcome = CustomisationAnswer.FEASIBLE;
            price = pricing.priceDelta(answer.costDelta(), answer.currency(), quote.getCurrency());
            if (price == null && answer.costDelta() != null) {
                note = "The cost (" + answer.currency() + " " + answer.costDelta().toPlainString() + ") is in another "
                        + "currency than the quote; agree the price with the customer.";
            }
        } else if (answer.rejected()) {
            outcome = CustomisationAnswer.NOT_FEASIBLE;
            note = note == null || note.isBlank() ? "The change board rejected it." : note;
        } else if (answer.withdrawn()) {
            outcome = CustomisationAnswer.WITHDRAWN;
        } else if (answer.deferred()) {
            outcome = CustomisationAnswer.DEFERRED;
            note = "Deferred to the gate " + answer.deferredToGate() + (note == null || note.isBlank() ? "." : ": " + note);
        } else {
            outcome = CustomisationAnswer.OPEN;
            note = null;
        }
        return quote.answer(line.getNumber(), outcome, price, answer.costDelta(), answer.currency(),
                answer.scheduleDeltaDays(), note, answer.dueAt(), now());
    }

    private void ask(Quote quote, QuoteLine line, String change, SalesViewer viewer) {
        quotes.save(quote);
        String customer = customers.get(quote.getCustomer()).name();
        String title = "Customisation for " + customer + ": " + line.getDescription().replaceAll("\\s+", " ");
        if (title.length() > ChangeRequest.MAX_TITLE) {
            title = title.substring(0, ChangeRequest.MAX_TITLE - 1) + "…";
        }
        StringBuilder description = new StringBuilder();
        description.append(customer).append(" asks, on quote ").append(quote.key()).append(" line ")
                .append(line.getNumber()).append(":\n\n> ").append(line.getDescription().replace("\n", "\n> "))
                .append("\n\n");
        if (line.getWantedBy() != null) {
            description.append("Wanted by ").append(line.getWantedBy()).append(". ");
        }
        description.append("Revenue at stake: ").append(quote.getCurrency()).append(' ')
                .append(NumberFormat.getNumberInstance(Locale.ENGLISH).format(line.getLineValue())).append('.');
        ChangeRequestDraft draft = new ChangeRequestDraft(title, description.toString(), Origin.SALES,
                source(quote, line), Priority.HIGH, ChangeClass.STANDARD, null, List.of(), List.of(),
                line.getLineValue(), quote.getCurrency());
        ChangeRequest request = changeControl.raiseForSale(quote.getProject(), draft);
        ChangeAnswer answer = changeControl.answer(request.getId());
        quote.asked(line.getNumber(), request.getId(), answer.dueAt(), change, viewer.actor(), now());
    }

    private void withdrawIfPending(Quote quote, QuoteLine line, SalesViewer viewer, String comment) {
        if (line.isCustomisation() && line.getChangeRequest() != null && line.getAnswer() != null
                && line.getAnswer().pending()) {
            changeControl.withdrawForSource(line.getChangeRequest(), source(quote, line), viewer.name(), comment);
        }
    }

    private static SourceReference source(Quote quote, QuoteLine line) {
        return new SourceReference(SourceKind.QUOTE_LINE, QuoteLine.sourceReference(quote.getId(), line.getNumber()),
                "Quote " + quote.key() + " line " + line.getNumber());
    }

    private Opportunity visibleOpportunity(SalesViewer viewer, long opportunityId, String what, long id) {
        return opportunities.findById(opportunityId).filter(viewer::sees)
                .orElseThrow(() -> new NotFoundException(what, id));
    }

    private static void requireEditor(SalesViewer viewer, Opportunity opportunity) {
        if (!viewer.mayEdit(opportunity)) {
            throw new NotPermittedException("read-only", "You see this because it concerns your project; the "
                    + "opportunity's sales team quotes and books.");
        }
    }

    @FunctionalInterface
    private interface Step {
        void apply(Quote quote, SalesViewer viewer);
    }

    private Quote write(long quoteId, Long expectedVersion, Step step) {
        SalesViewer viewer = permissions.viewer();
        Quote quote = editableQuote(viewer, quoteId, expectedVersion);
        step.apply(quote, viewer);
        return racing("The quote", () -> quotes.save(quote));
    }

    private Quote editableQuote(SalesViewer viewer, long quoteId, Long expectedVersion) {
        Quote quote = quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        Opportunity opportunity = visibleOpportunity(viewer, quote.getOpportunity(), "Quote", quoteId);
        requireEditor(viewer, opportunity);
        if (expectedVersion != null && !Objects.equals(expectedVersion, quote.getVersion())) {
            throw ConflictException.staleVersion("The quote");
        }
        return quote;
    }

    private static <T> T racing(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrencyFailureException lost) {
            throw ConflictException.staleVersion(what);
        }
    }
}
