package org.integrationgateway.specs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The customer variant an order makes of a project's spec: created by the sales module when it books an order,
 * after its own permission checks (so none here). The variant is named after the order, belongs to the customer,
 * carries the order number as its reference, sits on the project's latest baseline and overrides every item a
 * customisation changes, saying what the customer asked for and which change request approved it.
 */
@Service
public class OrderVariants {

    /**
     * Creates the order's variant; empty when the project has no baseline yet (nothing to vary). Customisations of
     * items the baseline does not hold are skipped.
     */
    public Optional<Long> createForOrder(long projectId, long customerId, String orderNumber,
                                         List<OrderCustomisation> customisations) {
        throw new UnsupportedOperationException("being built");
    }
}
