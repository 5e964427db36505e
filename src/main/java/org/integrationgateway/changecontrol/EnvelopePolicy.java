package org.integrationgateway.changecontrol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an assessed standard change falls inside the project's delegated envelope: cost delta at most the maximum
 * (in the envelope's currency; a saving always fits), schedule delta at most the maximum, and every affected spec
 * item in an allowed category. Limits are inclusive. Without an envelope nothing fits.
 */
public final class EnvelopePolicy {

    private EnvelopePolicy() {
    }

    /** The verdict, with the reasons a change does not fit (empty when it does). */
    public static Verdict judge(DelegatedEnvelope envelope, ImpactAssessment impact, List<SpecItemRef> affectedItems) {
        List<String> reasons = new ArrayList<>();
        if (envelope == null) {
            return new Verdict(false, List.of("The project has no delegated envelope."));
        }
        if (!envelope.getCurrency().equals(impact.currency())) {
            reasons.add("The cost is in " + impact.currency() + ", the envelope in " + envelope.getCurrency() + ".");
        } else if (impact.costDelta().compareTo(envelope.getMaxCost()) > 0) {
            reasons.add("The cost delta " + impact.costDelta().toPlainString() + " " + impact.currency()
                    + " exceeds the envelope's " + envelope.getMaxCost().toPlainString() + " " + envelope.getCurrency() + ".");
        }
        if (impact.scheduleDeltaDays() > envelope.getMaxScheduleDays()) {
            reasons.add("The schedule delta of " + impact.scheduleDeltaDays() + " days exceeds the envelope's "
                    + envelope.getMaxScheduleDays() + " days.");
        }
        List<String> allowed = envelope.categoryNames();
        for (SpecItemRef item : affectedItems) {
            String category = item.category() == null ? "" : item.category().trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(category)) {
                reasons.add(item.itemKey() + " is in category \"" + (category.isEmpty() ? "none" : category)
                        + "\", which the envelope does not cover.");
            }
        }
        return new Verdict(reasons.isEmpty(), List.copyOf(reasons));
    }

    public record Verdict(boolean inside, List<String> reasons) {
    }
}
