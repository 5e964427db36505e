package org.integrationgateway.sales;

/** Filters of the order list; null means any. {@code creditedTo} is the person the booking is credited to. */
public record OrderFilter(Long projectId, Long customerId, Long creditedTo) {

    public static final OrderFilter NONE = new OrderFilter(null, null, null);
}
