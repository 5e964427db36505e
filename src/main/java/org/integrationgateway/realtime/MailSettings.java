package org.integrationgateway.realtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail of the inbox ({@code gateway.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}, and
 * without {@code spring.mail.host} no e-mail is sent. {@code from}: the sender address. {@code baseUrl}: how links
 * in e-mails start. {@code interval}: how often the mail worker looks for digests that are due and for urgent
 * notifications left over (the safety net: the commit of an urgent notification wakes the worker at once).
 */
@ConfigurationProperties("gateway.mail")
public record MailSettings(String from, String baseUrl, Duration interval) {

    public MailSettings {
        from = from == null || from.isBlank() ? "gateway@localhost" : from.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        interval = interval == null ? Duration.ofSeconds(30) : interval;
    }
}
