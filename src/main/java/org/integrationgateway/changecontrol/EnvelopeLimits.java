package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.util.List;

/** The limits of a delegated envelope: maximum cost delta and its currency, maximum schedule delta, spec item categories. */
public record EnvelopeLimits(BigDecimal maxCost, String currency, Integer maxScheduleDays, List<String> categories) {
}
