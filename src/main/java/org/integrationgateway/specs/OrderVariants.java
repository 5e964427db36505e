package org.integrationgateway.specs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer variant an order makes of a project's spec: created by the sales module when it books an order,
 * after its own permission checks (so none here). The variant is named after the order, belongs to the customer,
 * carries the order number as its reference, sits on the project's latest baseline and overrides every item a
 * customisation changes, saying what the customer asked for and which change request approved it.
 */
@Service
public class OrderVariants {

    private final VariantCatalog catalog;

    OrderVariants(VariantCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Creates the order's variant; empty when the project has no baseline yet (nothing to vary). Customisations of
     * items the baseline does not hold are skipped.
     * <p>
     * Each item customised gets one override: its body in the baseline followed by one paragraph per customisation,
     * {@code **Customisation for order <orderNumber> (<CR label>):** <wording>}, with the reason
     * {@code Order <orderNumber>: <CR labels>}. Publishes {@code VariantChanged} ("created", then "overridden" per
     * item) like every variant write. Calling it again for an order that already has its variant returns that variant
     * unchanged, so a repeated booking makes no second variant.
     *
     * @throws org.integrationgateway.shared.NotFoundException if there is no such project
     * @throws org.integrationgateway.shared.RuleViolationException if there is no such customer
     * @throws InvalidRequestException for a blank order number or wording, or text too long for an override
     */
    @Transactional
    public Optional<Long> createForOrder(long projectId, long customerId, String orderNumber,
                                         List<OrderCustomisation> customisations) {
        return catalog.createForOrder(projectId, customerId, orderNumber,
                customisations == null ? List.of() : customisations);
    }

    /** The variant's name for an order, e.g. "Order O-2026-0007". */
    static String variantName(String orderNumber) {
        return "Order " + orderNumber;
    }

    /**
     * The override of one item for the order: {@code baseline}'s body plus a paragraph per customisation of the item,
     * and the reason naming the order and the change requests.
     */
    static OverrideInput overrideFor(ItemRevision baseline, String orderNumber, List<OrderCustomisation> onItem) {
        List<String> paragraphs = new ArrayList<>();
        if (baseline.body() != null && !baseline.body().isBlank()) {
            paragraphs.add(baseline.body().strip());
        }
        for (OrderCustomisation customisation : onItem) {
            String wording = ItemRules.text("customisations", customisation.wording(), ItemRules.MAX_BODY, true);
            paragraphs.add("**Customisation for order " + orderNumber + " (" + customisation.changeRequestLabel()
                    + "):** " + wording);
        }
        String labels = onItem.stream().map(OrderCustomisation::changeRequestLabel)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining(", "));
        return new OverrideInput(null, String.join("\n\n", paragraphs), null, "Order " + orderNumber + ": " + labels);
    }
}
