package org.integrationgateway.acceptance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.sales.OrderFacts;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.specs.DeliveredItem;
import org.integrationgateway.specs.DeliveredItems;
import org.springframework.stereotype.Component;

/**
 * What the staff pages show next to the acceptance data: the project's orders with their customer and the items
 * they deliver (the assign form's choices), the contacts with portal access of those customers, and names. Callers
 * have checked that the user may see the project.
 */
@Component
class AcceptanceViews {

    private final CustomerSales sales;
    private final CustomerManagement customers;
    private final DeliveredItems delivered;

    AcceptanceViews(CustomerSales sales, CustomerManagement customers, DeliveredItems delivered) {
        this.sales = sales;
        this.customers = customers;
        this.delivered = delivered;
    }

    /** The project's orders, newest first, each with its customer's name and the items it delivers. */
    List<OrderChoice> orders(long projectId) {
        List<OrderChoice> choices = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (OrderFacts order : sales.ordersOfProject(projectId)) {
            String customer = names.computeIfAbsent(order.customerId(), this::customerName);
            List<String> keys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            if (order.variantId() != null) {
                for (DeliveredItem item : delivered.ofVariant(order.variantId())) {
                    keys.add(item.itemKey());
                    labels.add(item.revisionLabel() + " " + item.title());
                }
            } else {
                keys.addAll(order.deliverableKeys());
                labels.addAll(order.deliverableKeys());
            }
            choices.add(new OrderChoice(order.id(), order.number(), order.customerId(), customer, keys, labels));
        }
        return choices;
    }

    /** The contacts with portal access of the customers of {@code orders}, by customer. */
    List<ContactChoice> contacts(List<OrderChoice> orders) {
        Map<Long, String> seen = new LinkedHashMap<>();
        orders.forEach(o -> seen.putIfAbsent(o.customerId(), o.customerName()));
        List<ContactChoice> contacts = new ArrayList<>();
        seen.forEach((customerId, name) -> contacts.add(new ContactChoice(customerId, name,
                customers.allContacts(customerId).stream().filter(ContactView::hasPortalAccess).toList())));
        return contacts;
    }

    String customerName(long customerId) {
        try {
            return customers.get(customerId).name();
        } catch (NotFoundException gone) {
            return "#" + customerId;
        }
    }

    String orderNumber(Long orderId) {
        return orderId == null ? null : sales.orderFacts(orderId).map(OrderFacts::number).orElse("#" + orderId);
    }

    /** The record of each decided task, by task id. */
    static Map<Long, AcceptanceRecord> recordsByTask(List<AcceptanceRecord> records) {
        Map<Long, AcceptanceRecord> byTask = new LinkedHashMap<>();
        records.forEach(r -> byTask.put(r.getAcceptanceTask(), r));
        return byTask;
    }

    /** "1 of 2 steps" style progress numbers of a task. */
    static int recorded(AcceptanceTask task) {
        return (int) task.getSteps().stream().filter(s -> s.recorded()).count();
    }

    /** An order of the project as the assign form offers it: the deliverable keys and their labels in one order. */
    record OrderChoice(long id, String number, long customerId, String customerName, List<String> itemKeys,
                       List<String> itemLabels) {
    }

    /** A customer's contacts with portal access. */
    record ContactChoice(long customerId, String customerName, List<ContactView> contacts) {
    }
}
