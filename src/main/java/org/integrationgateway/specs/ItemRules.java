package org.integrationgateway.specs;

import java.math.BigDecimal;
import java.util.Locale;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;

/** Checks and normalises the content of a spec item; refusals name the field. */
final class ItemRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_ACCEPTANCE = 4_000;
    static final int MAX_REASON = 1_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    private ItemRules() {
    }

    static ItemContent check(ItemContent content) {
        if (content == null) {
            throw new InvalidRequestException("title", "Give the item's title.");
        }
        String title = text("title", content.title(), MAX_TITLE, true);
        String body = text("body", content.body(), MAX_BODY, false);
        String category = category(content.category());
        ItemPriority priority = content.priority() == null ? ItemPriority.SHOULD : content.priority();
        String acceptance = text("acceptanceCriterion", content.acceptanceCriterion(), MAX_ACCEPTANCE, false);
        ItemStatus status = content.status() == null ? ItemStatus.DRAFT : content.status();
        BigDecimal price = content.optionPrice();
        String currency = null;
        if (price != null) {
            if (price.signum() < 0 || price.scale() > 2 || price.compareTo(MAX_PRICE) > 0) {
                throw new InvalidRequestException("optionPrice", "The price is an amount of 0 or more with at most two decimals.");
            }
            currency = Inputs.currencyCode("optionCurrency", content.optionCurrency());
        }
        Integer lead = content.leadTimeDays();
        if (lead != null && (lead < 0 || lead > 3650)) {
            throw new InvalidRequestException("leadTimeDays", "The lead time is 0 to 3650 days.");
        }
        return new ItemContent(title, body, category, priority, acceptance, status, price, currency, lead);
    }

    static String category(String category) {
        if (category == null || category.isBlank()) {
            throw new InvalidRequestException("category", "Give the category, e.g. requirement, design decision or option.");
        }
        String normalised = category.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z][a-z0-9 _-]{0,39}")) {
            throw new InvalidRequestException("category", "A category is a word of up to 40 letters, digits, spaces or dashes.");
        }
        return normalised;
    }

    static String reason(String reason) {
        return text("reason", reason, MAX_REASON, true);
    }

    static String text(String field, String value, int max, boolean required) {
        return Inputs.text(field, value, max, required);
    }
}
