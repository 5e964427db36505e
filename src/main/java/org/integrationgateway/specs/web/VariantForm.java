package org.integrationgateway.specs.web;

import org.integrationgateway.specs.VariantInput;

/** A new customer or order variant: its name, the customer and/or order it is for, and the baseline it starts from. */
class VariantForm {

    private String name;
    private Long customerId;
    private String orderReference;
    private Long baselineId;

    VariantInput input() {
        return new VariantInput(name, customerId,
                orderReference == null || orderReference.isBlank() ? null : orderReference, baselineId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public Long getBaselineId() {
        return baselineId;
    }

    public void setBaselineId(Long baselineId) {
        this.baselineId = baselineId;
    }
}
