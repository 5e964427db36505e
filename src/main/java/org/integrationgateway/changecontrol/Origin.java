package org.integrationgateway.changecontrol;

/** Where the wish for a change came from. */
public enum Origin {
    MARKETING, SALES, CUSTOMER, MARKET_RESEARCH, INTERNAL
}
