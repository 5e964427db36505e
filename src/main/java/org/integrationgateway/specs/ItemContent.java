package org.integrationgateway.specs;

import java.math.BigDecimal;

/**
 * The content of a spec item, as written in one revision: title, Markdown body, category (a lower-case word such as
 * {@code requirement}, {@code design decision}, {@code option}, {@code mechanical}), priority, acceptance criterion
 * and status; for items of category {@code option} also the price (with currency) and lead time in days at which
 * sales may offer it.
 */
public record ItemContent(String title, String body, String category, ItemPriority priority,
                          String acceptanceCriterion, ItemStatus status, BigDecimal optionPrice,
                          String optionCurrency, Integer leadTimeDays) {
}
