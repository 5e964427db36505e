package org.integrationgateway.sales;

/** A quote line is a standard option from the offer catalogue or a customisation the customer asks for. */
public enum LineKind {
    OPTION, CUSTOMISATION
}
