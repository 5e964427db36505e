package org.integrationgateway.realtime;

/** A person's e-mail preferences for their inbox. */
public record NotificationSettings(EmailMode emailMode, DigestFrequency digestFrequency) {

    public static final NotificationSettings DEFAULTS = new NotificationSettings(
            EmailMode.IMMEDIATE_FOR_URGENT_DIGEST_REST, DigestFrequency.DAILY);
}
