package org.integrationgateway.specs;

/** Where an item stands in design: drafted, approved for design, implemented, verified, or retired. */
public enum ItemStatus {
    DRAFT, APPROVED, IMPLEMENTED, VERIFIED, RETIRED
}
