package org.integrationgateway.acceptance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.integrationgateway.acceptance.AcceptancePermissions.CustomerActor;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SourcedRequest;
import org.integrationgateway.sales.CustomerOrder;
import org.integrationgateway.sales.CustomerQuote;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.specs.DeliveredItem;
import org.integrationgateway.specs.DeliveredItems;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.LifecycleView;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.ReviewState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer portal: what the signed-in customer contact's organisation may see of itself (its orders with their
 * lines, the project's milestones, the spec items delivered as its variant, its acceptance tasks and the change
 * requests it raised; its quotes with the customer-visible state of each customisation) and the one thing it may
 * write here, a change request against one of its own orders. Every id of another organisation, like an id that does
 * not exist, answers {@link NotFoundException}; nothing here reads costs, votes, board comments or internal answer
 * notes. Users who are not customer contacts get {@link NotFoundException} too (the URL rules keep them out first).
 */
@Service
@Transactional(readOnly = true)
public class CustomerPortal {

    public static final int MAX_TITLE = ChangeRequest.MAX_TITLE;
    public static final int MAX_DESCRIPTION = ChangeRequest.MAX_DESCRIPTION;

    private final AcceptancePermissions permissions;
    private final CustomerSales sales;
    private final Acceptances acceptances;
    private final Lifecycles lifecycles;
    private final DeliveredItems delivered;
    private final ChangeControl changeControl;

    CustomerPortal(AcceptancePermissions permissions, CustomerSales sales, Acceptances acceptances,
                   Lifecycles lifecycles, DeliveredItems delivered, ChangeControl changeControl) {
        this.permissions = permissions;
        this.sales = sales;
        this.acceptances = acceptances;
        this.lifecycles = lifecycles;
        this.delivered = delivered;
        this.changeControl = changeControl;
    }

    /** The signed-in contact and their organisation; NotFound for anyone else. */
    public CustomerActor contact() {
        return permissions.customer().orElseThrow(() -> new NotFoundException("Customer", "of this account"));
    }

    /** The home page: the organisation's orders, its open quotes and its open acceptance tasks. */
    public Home home() {
        CustomerActor contact = contact();
        List<CustomerQuote> openQuotes = sales.quotes(contact.customerId()).stream().filter(CustomerQuote::open).toList();
        List<PortalTask> openTasks = acceptances.customerTasks(null).stream()
                .filter(t -> t.getState() == TaskState.OPEN).map(PortalTask::of).toList();
        return new Home(contact, sales.orders(contact.customerId()), openQuotes, openTasks);
    }

    /** The organisation's orders, latest booking first. */
    public List<CustomerOrder> orders() {
        return sales.orders(contact().customerId());
    }

    /**
     * One of the organisation's orders with everything the order page shows. The delivered items are those of the
     * order's variant that its lines buy, and any item customised for the customer in the variant.
     */
    public OrderDetail order(long orderId) {
        CustomerActor contact = contact();
        CustomerOrder order = sales.order(contact.customerId(), orderId)
                .orElseThrow(() -> new NotFoundException("Order", orderId));
        List<String> bought = sales.orderFacts(contact.customerId(), orderId).map(f -> f.deliverableKeys())
                .orElse(List.of());
        List<DeliveredItem> items = order.variantId() == null ? List.of() : delivered.ofVariant(order.variantId())
                .stream().filter(item -> item.overridden() || bought.contains(item.itemKey())).toList();
        List<PortalTask> tasks = acceptances.customerTasks(orderId).stream().map(PortalTask::of).toList();
        return new OrderDetail(order, milestones(order.projectId()), items, tasks, changeRequests(orderId));
    }

    /** The organisation's quotes, newest first. */
    public List<CustomerQuote> quotes() {
        return sales.quotes(contact().customerId());
    }

    /** One of the organisation's quotes with its lines. */
    public CustomerQuote quote(long quoteId) {
        return sales.quote(contact().customerId(), quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
    }

    /**
     * Raises a change request against one of the organisation's orders: origin CUSTOMER, source the order, class
     * NORMAL, held by the project's manager under the contact's name, submitted at once.
     *
     * @throws NotFoundException for an order that is not the organisation's
     * @throws InvalidRequestException for a missing or too long title, or a too long description
     */
    @Transactional
    public SourcedRequest raiseChange(long orderId, String title, String description) {
        CustomerActor contact = contact();
        CustomerOrder order = sales.order(contact.customerId(), orderId)
                .orElseThrow(() -> new NotFoundException("Order", orderId));
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (cleanTitle.isEmpty()) {
            throw new InvalidRequestException("title", "Say in a few words what you would like changed.");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new InvalidRequestException("title", "The title is at most " + MAX_TITLE + " characters (this has "
                    + cleanTitle.length() + ").");
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
            throw new InvalidRequestException("description", "The description is at most " + MAX_DESCRIPTION
                    + " characters (this has " + cleanDescription.length() + ").");
        }
        SourceReference source = new SourceReference(SourceKind.ORDER, Long.toString(order.id()), order.number());
        ChangeRequestDraft draft = new ChangeRequestDraft(cleanTitle, cleanDescription, Origin.CUSTOMER, source,
                Priority.MEDIUM, ChangeClass.NORMAL, null, List.of(), List.of(), null, null);
        ChangeRequest request = changeControl.raiseForCustomer(order.projectId(), draft, contact.requesterName());
        return new SourcedRequest(request.getId(), request.key(), request.getTitle(), request.getState(),
                request.getRaisedAt(), request.getOrigin());
    }

    private List<SourcedRequest> changeRequests(long orderId) {
        return changeControl.requestsForSource(SourceKind.ORDER, Long.toString(orderId)).stream()
                .filter(r -> r.origin() == Origin.CUSTOMER).toList();
    }

    /**
     * The project's stages with their gates: where each stands, and the gate's date, the day it was passed for a
     * passed stage, or the day its review is scheduled.
     */
    private List<Milestone> milestones(long projectId) {
        LifecycleView view = lifecycles.view(projectId);
        if (!view.started()) {
            return List.of();
        }
        return view.stages().stream().map(stage -> {
            int index = stage.index();
            Optional<LocalDate> passed = view.decisions().stream()
                    .filter(d -> d.decision().getStageIndex() == index && d.decision().isGatePassed())
                    .map(d -> d.decision().getDecidedAt().atZone(ZoneOffset.UTC).toLocalDate())
                    .max(Comparator.naturalOrder());
            Optional<LocalDate> scheduled = view.reviews().stream()
                    .filter(r -> r.getStageIndex() == index && r.getState() == ReviewState.SCHEDULED)
                    .map(GateReview::getScheduledOn).min(Comparator.naturalOrder());
            GateDate kind = passed.isPresent() ? GateDate.PASSED : scheduled.isPresent() ? GateDate.SCHEDULED : null;
            return new Milestone(index + 1, stage.stage().getName(), stage.stage().getGateName(), stage.position(),
                    passed.or(() -> scheduled).orElse(null), kind);
        }).toList();
    }

    /** What the portal's home shows. */
    public record Home(CustomerActor contact, List<CustomerOrder> orders, List<CustomerQuote> openQuotes,
                       List<PortalTask> openTasks) {
    }

    /** An order's page: the order, the project's milestones, the items delivered, acceptance tasks, change requests. */
    public record OrderDetail(CustomerOrder order, List<Milestone> milestones, List<DeliveredItem> deliveredItems,
                              List<PortalTask> tasks, List<SourcedRequest> changeRequests) {
    }

    /** A stage of the project (numbered from 1) and the gate closing it, with its date when there is one. */
    public record Milestone(int number, String stage, String gate, LifecycleView.Position position, LocalDate gateDate,
                            GateDate gateDateKind) {
    }

    /** What a milestone's gate date is: the day the gate was passed, or the day its review is scheduled. */
    public enum GateDate {
        PASSED, SCHEDULED
    }

    /** An acceptance task as the portal lists it. */
    public record PortalTask(long id, String key, String title, String deliverableKey, TaskState state,
                             String assigneeName, LocalDate dueOn, Long orderId) {

        static PortalTask of(AcceptanceTask task) {
            return new PortalTask(task.getId(), task.key(), task.getTitle(), task.getDeliverableKey(), task.getState(),
                    task.getAssigneeName(), task.getDueOn(), task.getSalesOrder());
        }
    }
}
