package org.integrationgateway.sales;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales records a customer organisation may see of itself, for the customer portal and acceptance. No
 * permission checks here: callers confine a customer contact to their own organisation first, and every method that
 * takes a customer answers empty for another customer's records, never saying whether they exist.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSales {

    private final SalesOrders orders;

    CustomerSales(SalesOrders orders) {
        this.orders = orders;
    }

    /** The order's facts, whoever's it is (for the project team's side). */
    public Optional<OrderFacts> orderFacts(long orderId) {
        return orders.findById(orderId).map(CustomerSales::facts);
    }

    /** The order's facts if it is {@code customerId}'s, empty otherwise. */
    public Optional<OrderFacts> orderFacts(long customerId, long orderId) {
        return orderFacts(orderId).filter(facts -> facts.customerId() == customerId);
    }

    static OrderFacts facts(SalesOrder order) {
        Set<String> keys = new LinkedHashSet<>();
        for (OrderLine line : order.getLines()) {
            keys.addAll(line.deliverableKeys());
        }
        return new OrderFacts(order.getId(), order.number(), order.getCustomer(), order.getProject(),
                order.getVariant(), order.getBookedAt(), List.copyOf(keys));
    }

    /**
     * The facts of every order booked on the project, newest first, whoever's they are (for the project team's side
     * of acceptance: the assign form lists them with their customer).
     */
    public List<OrderFacts> ordersOfProject(long projectId) {
        return orders.findByProjectOrderByIdDesc(projectId).stream().map(CustomerSales::facts).toList();
    }
}
