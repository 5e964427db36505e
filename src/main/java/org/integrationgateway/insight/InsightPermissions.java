package org.integrationgateway.insight;

import org.integrationgateway.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who sees the measures: every staff member sees all of them, including bookings by person, because the scoreboard is
 * the organisation's shared aim and is meant to be seen by everyone who works towards it; administrators and PMO see
 * the same. Customer contacts see none of it (404, like everything outside the portal).
 */
@Component("insightPermissions")
public class InsightPermissions {

    public boolean canRead() {
        return CurrentUser.get().map(user -> !user.isCustomer()).orElse(false);
    }
}
