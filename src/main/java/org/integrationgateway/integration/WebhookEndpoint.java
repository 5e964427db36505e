package org.integrationgateway.integration;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.integrationgateway.integration.events.WebhookEndpointChanged;
import org.integrationgateway.integration.events.WebhookEndpointCreated;
import org.integrationgateway.integration.events.WebhookEndpointDeleted;
import org.integrationgateway.integration.events.WebhookEndpointDisabled;
import org.integrationgateway.integration.events.WebhookEndpointSnapshot;
import org.integrationgateway.integration.events.WebhookSecretRotated;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A registered webhook endpoint: where to send, which event types, whether deliveries are on, and its signing
 * secrets (the current one and, for a grace period after a rotation, the previous one). Its delivery progress
 * (cursor, failures) is kept apart by the worker.
 */
@Table("webhook_endpoint")
class WebhookEndpoint {

    static final int DESCRIPTION_LENGTH = 500;

    @Id
    private Long id;
    private String url;
    private String description;
    private String eventTypes;
    private boolean enabled;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    private String disabledReason;
    private Instant createdAt;
    @Version
    private Long version;

    @Transient
    private final transient List<Function<WebhookEndpoint, Object>> pendingEvents = new ArrayList<>();

    WebhookEndpoint() {
    }

    static WebhookEndpoint create(WebhookDetails details, WebhookTargetPolicy policy, WebhookSecret secret, Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.apply(details, policy);
        endpoint.secret = secret.reveal();
        endpoint.createdAt = now;
        endpoint.registerEvent(e -> new WebhookEndpointCreated(e.id, e.snapshot()));
        return endpoint;
    }

    /** Applies an administrator's change; true when the endpoint went from disabled to enabled. */
    boolean change(WebhookDetails details, WebhookTargetPolicy policy) {
        WebhookEndpointSnapshot before = snapshot();
        boolean wasEnabled = enabled;
        apply(details, policy);
        if (enabled) {
            disabledReason = null;
        }
        WebhookEndpointSnapshot after = snapshot();
        if (!before.equals(after)) {
            registerEvent(e -> new WebhookEndpointChanged(e.id, before, after));
        }
        return enabled && !wasEnabled;
    }

    /** Turns deliveries on or off; true when it went from disabled to enabled. */
    boolean setEnabled(boolean on) {
        return change(new WebhookDetails(url, description, filter().patterns(), on), null);
    }

    /** Replaces the secret; the previous one keeps signing until {@code now + grace}. */
    void rotate(WebhookSecret fresh, Instant now, Duration grace) {
        previousSecret = secret;
        previousSecretUntil = now.plus(grace);
        secret = fresh.reveal();
        Instant until = previousSecretUntil;
        registerEvent(e -> new WebhookSecretRotated(e.id, until));
    }

    /** The delivery worker gives up on an endpoint that failed {@code failures} times in a row. */
    void disableAfterFailures(int failures, String lastError) {
        WebhookEndpointSnapshot before = snapshot();
        enabled = false;
        disabledReason = "Disabled after " + failures + " failed deliveries in a row" + (lastError == null ? "."
                : " (last: " + lastError + ").");
        if (disabledReason.length() > 500) {
            disabledReason = disabledReason.substring(0, 499) + "…";
        }
        WebhookEndpointSnapshot after = snapshot();
        registerEvent(e -> new WebhookEndpointDisabled(e.id, failures, before, after));
    }

    void delete() {
        WebhookEndpointSnapshot last = snapshot();
        registerEvent(e -> new WebhookEndpointDeleted(e.id, last));
    }

    void checkVersion(Long expected) {
        if (expected != null && !Objects.equals(version, expected)) {
            throw ConflictException.staleVersion("The webhook endpoint");
        }
    }

    /** The secrets that sign an attempt made at {@code now}: the current one, then the previous during its grace. */
    List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>();
        secrets.add(WebhookSecret.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(WebhookSecret.of(previousSecret));
        }
        return secrets;
    }

    private void apply(WebhookDetails details, WebhookTargetPolicy policy) {
        if (policy != null) {
            URI uri = policy.checkRegistration(details.url());
            this.url = uri.toString();
        }
        this.description = Inputs.text("description", details.description(), DESCRIPTION_LENGTH, false);
        this.eventTypes = EventTypeFilter.parse(details.eventTypes()).encode();
        this.enabled = details.enabled();
    }

    WebhookEndpointSnapshot snapshot() {
        return new WebhookEndpointSnapshot(url, description, filter().patterns(), enabled);
    }

    private void registerEvent(Function<WebhookEndpoint, Object> event) {
        pendingEvents.add(event);
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return pendingEvents.stream().map(event -> event.apply(this)).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pendingEvents.clear();
    }

    EventTypeFilter filter() {
        return EventTypeFilter.decode(eventTypes);
    }

    Long getId() {
        return id;
    }

    String getUrl() {
        return url;
    }

    URI uri() {
        return URI.create(url);
    }

    String getDescription() {
        return description;
    }

    boolean isEnabled() {
        return enabled;
    }

    String secretHint() {
        return WebhookSecret.of(secret).hint();
    }

    Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    String getDisabledReason() {
        return disabledReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getVersion() {
        return version;
    }
}
