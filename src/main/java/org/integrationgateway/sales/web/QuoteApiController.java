package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.sales.LineKind;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteFilter;
import org.integrationgateway.sales.QuoteQueries;
import org.integrationgateway.sales.QuoteState;
import org.integrationgateway.sales.SalesOrder;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.web.SalesApi.AcceptBody;
import org.integrationgateway.sales.web.SalesApi.Context;
import org.integrationgateway.sales.web.SalesApi.DeclineBody;
import org.integrationgateway.sales.web.SalesApi.LineBody;
import org.integrationgateway.sales.web.SalesApi.OfferResponse;
import org.integrationgateway.sales.web.SalesApi.OpportunityRef;
import org.integrationgateway.sales.web.SalesApi.OrderResponse;
import org.integrationgateway.sales.web.SalesApi.ProjectRef;
import org.integrationgateway.sales.web.SalesApi.QuoteBody;
import org.integrationgateway.sales.web.SalesApi.QuoteItem;
import org.integrationgateway.sales.web.SalesApi.QuoteResponse;
import org.integrationgateway.sales.web.SalesApi.Ref;
import org.integrationgateway.sales.web.SalesApi.RewordBody;
import org.integrationgateway.sales.web.SalesApi.VersionBody;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sales quotes", description = "Quotes for an opportunity: standard options from the project's offer "
        + "catalogue and customisations, each raising a change request on the project at once, whose answer (feasible "
        + "with price and schedule delta, or not with the reason) arrives asynchronously. Quotes follow their "
        + "opportunity: its sales team, administrators and PMO see and write; the manager of a project it concerns "
        + "reads (403 read-only on writes); others get 403 on lists and 404 on a single quote. Every write takes the "
        + "version it is based on (400 version when missing, 409 stale-version when another change came first).")
@PreAuthorize("@salesPermissions.canRead()")
class QuoteApiController {

    private final QuoteDesk desk;
    private final QuoteQueries queries;
    private final SalesPipeline pipeline;

    QuoteApiController(QuoteDesk desk, QuoteQueries queries, SalesPipeline pipeline) {
        this.desk = desk;
        this.queries = queries;
        this.pipeline = pipeline;
    }

    @GetMapping("/api/sales/quotes")
    @PreAuthorize("@salesPermissions.canUsePipeline()")
    @Operation(summary = "The quotes the signed-in person sees, filtered, sorted and paged",
            description = "Filters combine: state, projectId, customerId, opportunityId. sort is one of id, createdAt, "
                    + "validUntil, state with ,asc or ,desc (default newest first). 400 for an unknown sort field or "
                    + "state, or size above 100.")
    PageResponse<QuoteItem> list(@RequestParam(required = false) QuoteState state,
                                 @RequestParam(required = false) Long projectId,
                                 @RequestParam(required = false) Long customerId,
                                 @RequestParam(required = false) Long opportunityId,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, QuoteQueries.SORT.keySet(), QuoteQueries.DEFAULT_SORT);
        return PageResponse.of(queries.quotes(desk.viewer(), new QuoteFilter(state, projectId, customerId,
                opportunityId), pageable), QuoteItem::of);
    }

    @GetMapping("/api/sales/opportunities/{id}/quotes")
    @Operation(summary = "The quotes of an opportunity, newest first",
            description = "404 when the opportunity does not exist or the signed-in person may not see it.")
    List<QuoteItem> ofOpportunity(@PathVariable long id) {
        List<Quote> quotes = desk.quotesOf(id);
        Opportunity opportunity = pipeline.opportunity(id);
        Map<Long, Project> projects = pipeline.projectsById(quotes.stream().map(Quote::getProject).toList());
        Ref customer = customer(opportunity.getCustomer());
        return quotes.stream().map(q -> QuoteItem.of(q, new Context(new OpportunityRef(id, opportunity.getTitle()),
                project(projects, q.getProject()), customer))).toList();
    }

    @PostMapping("/api/sales/opportunities/{id}/quotes")
    @Operation(summary = "Start a quote for an open opportunity (its sales team, administrators, PMO)",
            description = "201 with Location; the quote starts DRAFT. 400 validUntil more than a year ahead; 422 "
                    + "project-not-of-opportunity, choose-project (the opportunity concerns several projects), "
                    + "no-project, opportunity-closed, valid-until-past; 403 read-only for a project manager; 404 when "
                    + "the opportunity is not visible.")
    ResponseEntity<QuoteResponse> create(@PathVariable long id, @RequestBody(required = false) QuoteBody body) {
        Quote quote = desk.create(id, body == null ? null : body.draft());
        return ResponseEntity.created(URI.create("/api/sales/quotes/" + quote.getId())).body(represent(quote));
    }

    @GetMapping("/api/sales/quotes/{id}")
    @Operation(summary = "A quote with its lines, answers, timers, acceptance and the actions the signed-in person may "
            + "take", description = "404 when it does not exist or the signed-in person may not see it.")
    QuoteResponse get(@PathVariable long id) {
        return represent(desk.quote(id));
    }

    @GetMapping("/api/sales/quotes/{id}/offer")
    @Operation(summary = "The offer catalogue of the quote's project: the priced options of its current baseline",
            description = "Options priced in another currency than the quote are listed with available false. 404 "
                    + "when the quote is not visible.")
    OfferResponse offer(@PathVariable long id) {
        Quote quote = desk.quote(id);
        return OfferResponse.of(id, quote.getCurrency(), desk.offer(id));
    }

    @PostMapping("/api/sales/quotes/{id}/lines")
    @Operation(summary = "Add a standard option or a customisation",
            description = "201 with Location of the quote; the new line is the last of lines. A customisation raises a "
                    + "change request on the project at once (origin SALES, source the quote line, revenue at stake "
                    + "its value) and the quote is AWAITING_ANSWERS until it is answered. 400 names the field (kind, "
                    + "itemKey, quantity 1..10000, wording, wantedBy in the past, value, version); 422 not-in-offer (not a "
                    + "priced option of the current baseline), currency-mismatch (priced in another currency), "
                    + "too-many-lines; 409 quote-not-editable (accepted, ordered, declined or expired), stale-version; "
                    + "403 read-only.")
    ResponseEntity<QuoteResponse> addLine(@PathVariable long id, @RequestBody LineBody body) {
        if (body.kind() == null) {
            throw new InvalidRequestException("kind", "kind is OPTION or CUSTOMISATION.");
        }
        long version = SalesApi.required(body.version());
        Quote quote = body.kind() == LineKind.OPTION
                ? desk.addOption(id, version, body.itemKey(), body.quantity())
                : desk.addCustomisation(id, version, body.customisation());
        return ResponseEntity.created(URI.create("/api/sales/quotes/" + id)).body(represent(quote));
    }

    @DeleteMapping("/api/sales/quotes/{id}/lines/{number}")
    @Operation(summary = "Remove a line (it is kept as REMOVED; a customisation still waiting has its change request "
            + "withdrawn)", description = "version is a query parameter (400 when missing). 404 for an unknown line; "
            + "409 line-not-active, quote-not-editable, stale-version; 403 read-only.")
    QuoteResponse removeLine(@PathVariable long id, @PathVariable int number,
                             @RequestParam(required = false) Long version) {
        return represent(desk.removeLine(id, SalesApi.required(version), number));
    }

    @PostMapping("/api/sales/quotes/{id}/lines/{number}/reword")
    @Operation(summary = "Reword a customisation (typically one that was not feasible)",
            description = "The line is kept as REWORDED, its change request withdrawn if still undecided, and a new "
                    + "line (rewords = the old number) raises a new change request. 400 names the field; 422 "
                    + "not-a-customisation; 409 line-not-active, quote-not-editable, stale-version; 403 read-only.")
    QuoteResponse reword(@PathVariable long id, @PathVariable int number, @RequestBody RewordBody body) {
        return represent(desk.reword(id, SalesApi.required(body.version()), number, body.customisation()));
    }

    @PostMapping("/api/sales/quotes/{id}/accept")
    @Operation(summary = "The customer accepts the quote exactly as they saw it (the version is required)",
            description = "Records the name, the contact (optional), the time and the terms with their SHA-256. 400 "
                    + "name or version missing; 422 contact-not-of-customer; 409 quote-not-ready (draft or awaiting "
                    + "answers), quote-expired, stale-version (an answer arrived meanwhile: show the quote again); 403 "
                    + "read-only.")
    QuoteResponse accept(@PathVariable long id, @RequestBody AcceptBody body) {
        return represent(desk.accept(id, SalesApi.required(body.version()),
                new org.integrationgateway.sales.Acceptance(body.name(), body.contactId())));
    }

    @PostMapping("/api/sales/quotes/{id}/decline")
    @Operation(summary = "The customer declines the quote",
            description = "Customisations still waiting have their change requests withdrawn. 400 reason or version "
                    + "missing; 409 quote-ended, stale-version; 403 read-only.")
    QuoteResponse decline(@PathVariable long id, @RequestBody DeclineBody body) {
        return represent(desk.decline(id, SalesApi.required(body.version()), body.reason()));
    }

    @PostMapping("/api/sales/quotes/{id}/book")
    @Operation(summary = "Book the accepted quote as an order",
            description = "201 with Location of the order: credited to the opportunity's owner, its customisations' "
                    + "change requests scheduled into the project at their gateways, the customer's variant of the "
                    + "spec made, the quote ORDERED and the opportunity WON. 400 version missing; 409 "
                    + "quote-not-accepted (also when already booked), stale-version; 403 read-only.")
    ResponseEntity<OrderResponse> book(@PathVariable long id, @RequestBody VersionBody body) {
        SalesOrder order = desk.book(id, SalesApi.required(body.version()));
        return ResponseEntity.created(URI.create("/api/sales/orders/" + order.getId()))
                .body(OrderApiController.represent(order, pipeline));
    }

    private QuoteResponse represent(Quote quote) {
        Opportunity opportunity = pipeline.opportunity(quote.getOpportunity());
        Context context = new Context(new OpportunityRef(opportunity.getId(), opportunity.getTitle()),
                project(pipeline.projectsById(List.of(quote.getProject())), quote.getProject()),
                customer(quote.getCustomer()));
        return QuoteResponse.of(quote, context, desk.viewer().mayEdit(opportunity), desk.today(), desk.now());
    }

    private Ref customer(long id) {
        return new Ref(id, pipeline.customerNames(List.of(id)).getOrDefault(id, "#" + id));
    }

    static ProjectRef project(Map<Long, Project> projects, long id) {
        Project p = projects.get(id);
        return p == null ? new ProjectRef(id, "#" + id, "#" + id) : new ProjectRef(id, p.getCode(), p.getName());
    }
}
