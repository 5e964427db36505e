package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.sales.events.OrderBooked;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An order: the sales transaction booked from an accepted quote, numbered ORD-0042 after its id, for the customer
 * and project of the quote, credited to the opportunity's owner (the rep whose booking it is), with the lines the
 * customer accepted, the total and delivery date, the SHA-256 of the accepted terms and the customer variant of the
 * spec it made. Orders are not edited once booked.
 */
@Table("sales_order")
public class SalesOrder extends AbstractAggregateRoot<SalesOrder> {

    @Id
    private Long id;
    private final long quote;
    private final long opportunity;
    private final long customer;
    private final long project;
    private final long ownerDepartment;
    private final long creditedTo;
    private final Long bookedByPerson;
    private final String bookedBy;
    private final Instant bookedAt;
    private final LocalDate bookedOn;
    private final BigDecimal total;
    private final String currency;
    private final LocalDate deliveryDate;
    private Long variant;
    private final String acceptedTermsHash;
    @MappedCollection(idColumn = "sales_order", keyColumn = "position")
    private List<OrderLine> lines;
    @Version
    private Long version;

    @PersistenceCreator
    SalesOrder(Long id, long quote, long opportunity, long customer, long project, long ownerDepartment,
               long creditedTo, Long bookedByPerson, String bookedBy, Instant bookedAt, LocalDate bookedOn,
               BigDecimal total, String currency, LocalDate deliveryDate, Long variant, String acceptedTermsHash,
               List<OrderLine> lines, Long version) {
        this.id = id;
        this.quote = quote;
        this.opportunity = opportunity;
        this.customer = customer;
        this.project = project;
        this.ownerDepartment = ownerDepartment;
        this.creditedTo = creditedTo;
        this.bookedByPerson = bookedByPerson;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.bookedOn = bookedOn;
        this.total = total;
        this.currency = currency;
        this.deliveryDate = deliveryDate;
        this.variant = variant;
        this.acceptedTermsHash = acceptedTermsHash;
        this.lines = new ArrayList<>(lines);
        this.version = version;
    }

    /** The order of accepted quote {@code quote}, credited to {@code creditedTo}. */
    static SalesOrder book(Quote quote, long creditedTo, List<OrderLine> lines, SalesActor actor, LocalDate today,
                           Instant now) {
        return new SalesOrder(null, quote.getId(), quote.getOpportunity(), quote.getCustomer(), quote.getProject(),
                quote.getOwnerDepartment(), creditedTo, actor.personId(), actor.name(), now, today, quote.total(),
                quote.getCurrency(), quote.deliveryDate(today), null, quote.getAcceptedTermsHash(), lines, null);
    }

    /**
     * Records the gates the customisations' change requests were scheduled at (by change request id; none while the
     * project has no gate ahead) and the variant made for the order, and registers {@link OrderBooked}; called once
     * the order has its id.
     */
    void booked(java.util.Map<Long, String> scheduledGates, Long variantId, String quoteKey) {
        lines = new ArrayList<>(lines.stream().map(l -> l.changeRequest() == null ? l : new OrderLine(l.quoteLine(),
                l.kind(), l.description(), l.itemKey(), l.quantity(), l.amount(), l.changeRequest(), l.deliverables(),
                scheduledGates.get(l.changeRequest()))).toList());
        variant = variantId;
        List<Integer> customisationLines = lines.stream().filter(l -> l.kind() == LineKind.CUSTOMISATION)
                .map(OrderLine::quoteLine).toList();
        List<Long> changeRequests = lines.stream().map(OrderLine::changeRequest).filter(java.util.Objects::nonNull).toList();
        registerEvent(new OrderBooked(id, number(), quote, quoteKey, opportunity, customer, project, creditedTo,
                ownerDepartment, total, currency, bookedOn, bookedAt, bookedBy, deliveryDate, customisationLines,
                changeRequests, variant));
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public String number() {
        return number(id);
    }

    public static String number(Long id) {
        return id == null ? "ORD-new" : String.format("ORD-%04d", id);
    }

    public Long getId() { return id; }

    public long getQuote() { return quote; }

    public long getOpportunity() { return opportunity; }

    public long getCustomer() { return customer; }

    public long getProject() { return project; }

    public long getOwnerDepartment() { return ownerDepartment; }

    public long getCreditedTo() { return creditedTo; }

    public Long getBookedByPerson() { return bookedByPerson; }

    public String getBookedBy() { return bookedBy; }

    public Instant getBookedAt() { return bookedAt; }

    public LocalDate getBookedOn() { return bookedOn; }

    public BigDecimal getTotal() { return total; }

    public String getCurrency() { return currency; }

    public LocalDate getDeliveryDate() { return deliveryDate; }

    public Long getVariant() { return variant; }

    public String getAcceptedTermsHash() { return acceptedTermsHash; }

    public List<OrderLine> getLines() { return List.copyOf(lines); }

    public Long getVersion() { return version; }
}
