package org.integrationgateway.specs;

import java.math.BigDecimal;

/**
 * A standard option a project sells: a spec item of category {@code option} as frozen in the project's current
 * baseline ({@code revision}), with its price (in {@code currency}) and lead time in days.
 */
public record OfferOption(long specItemId, String itemKey, int revision, String title, BigDecimal price,
                          String currency, Integer leadTimeDays) {
}
