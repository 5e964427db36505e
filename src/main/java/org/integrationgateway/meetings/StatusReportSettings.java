package org.integrationgateway.meetings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.meetings.status-reports.*}: how often the reminder looks for status reports due
 * ({@code reminder-check}, default 1 hour) and how many days before the end of a period the project manager is
 * reminded ({@code reminder-lead-days}, default 2).
 */
@ConfigurationProperties("gateway.meetings.status-reports")
public record StatusReportSettings(Duration reminderCheck, Integer reminderLeadDays) {

    public StatusReportSettings {
        if (reminderCheck == null) {
            reminderCheck = Duration.ofHours(1);
        }
        if (reminderLeadDays == null) {
            reminderLeadDays = 2;
        }
        if (reminderCheck.isNegative() || reminderCheck.isZero()) {
            throw new IllegalArgumentException("gateway.meetings.status-reports.reminder-check is above 0");
        }
    }

    public ReminderPolicy reminderPolicy() {
        return new ReminderPolicy(reminderLeadDays);
    }
}
