package org.integrationgateway.specs;

/** How much an item matters (MoSCoW). */
public enum ItemPriority {
    MUST, SHOULD, COULD, WONT
}
