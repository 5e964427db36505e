package org.integrationgateway.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.integration.WebhookDeliveries.Message;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.StreamAudience;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Application service for webhook endpoints: registration (the secret is returned once), changes, enabling and
 * disabling, secret rotation, deletion, the delivery log and manual redelivery. A new endpoint receives the events
 * positioned after its registration.
 */
@Service
public class Webhooks {

    /** The fields an endpoint list can be sorted on. */
    public static final Set<String> SORT_FIELDS = Set.of("id", "url", "createdAt");
    public static final Sort DEFAULT_SORT = Sort.by("id");

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final EventStream stream;
    private final WebhookWorker worker;
    private final WebhookSettings settings;
    private final WebhookTargetPolicy policy;
    private final Clock clock;

    Webhooks(WebhookEndpoints endpoints, WebhookDeliveries deliveries, EventStream stream, WebhookWorker worker,
             WebhookSettings settings, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.stream = stream;
        this.worker = worker;
        this.settings = settings;
        this.policy = new WebhookTargetPolicy(settings.allowPrivateTargets());
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<WebhookEndpointView> list(Pageable pageable) {
        Page<WebhookEndpoint> page = endpoints.findAll(pageable);
        return new PageImpl<>(page.getContent().stream().map(this::view).toList(), pageable, page.getTotalElements());
    }

    /** @throws NotFoundException if there is no such endpoint */
    @Transactional(readOnly = true)
    public WebhookEndpointView get(long id) {
        return view(load(id));
    }

    /**
     * Registers an endpoint with a new secret; it receives events positioned from now on.
     *
     * @throws org.integrationgateway.shared.InvalidRequestException for a malformed URL, description or filter
     * @throws RuleViolationException for a refused (private, loopback, link-local) target
     */
    @Transactional
    public IssuedWebhookSecret create(WebhookDetails details) {
        WebhookSecret secret = WebhookSecret.generate();
        Instant now = Instant.now(clock);
        WebhookEndpoint endpoint = endpoints.save(WebhookEndpoint.create(details, policy, secret, now));
        deliveries.startCursor(endpoint.getId(), stream.latestPosition(), now);
        return new IssuedWebhookSecret(view(endpoint), secret.reveal());
    }

    /** Changes an endpoint last read at {@code version}; enabling it resets its failures and resumes its cursor. */
    @Transactional
    public WebhookEndpointView change(long id, long version, WebhookDetails details) {
        WebhookEndpoint endpoint = load(id);
        endpoint.checkVersion(version);
        boolean resumed = endpoint.change(details, policy);
        return saved(endpoint, resumed);
    }

    /** Turns deliveries on or off; {@code version}, if given, must be current. */
    @Transactional
    public WebhookEndpointView setEnabled(long id, Long version, boolean enabled) {
        WebhookEndpoint endpoint = load(id);
        endpoint.checkVersion(version);
        boolean resumed = endpoint.setEnabled(enabled);
        return saved(endpoint, resumed);
    }

    /** A new secret; the previous one keeps signing for the configured grace period. */
    @Transactional
    public IssuedWebhookSecret rotateSecret(long id, Long version) {
        WebhookEndpoint endpoint = load(id);
        endpoint.checkVersion(version);
        WebhookSecret secret = WebhookSecret.generate();
        endpoint.rotate(secret, Instant.now(clock), settings.rotationGrace());
        endpoints.save(endpoint);
        return new IssuedWebhookSecret(get(id), secret.reveal());
    }

    @Transactional
    public void delete(long id) {
        WebhookEndpoint endpoint = load(id);
        endpoint.delete();
        endpoints.delete(endpoint);
    }

    /** The endpoint's delivery attempts, newest first. */
    @Transactional(readOnly = true)
    public Page<WebhookAttemptView> deliveries(long id, Pageable pageable) {
        load(id);
        return deliveries.attempts(id, pageable);
    }

    /**
     * Queues a manual redelivery of a past event: the same {@code webhook-id} and body, logged as a manual attempt.
     *
     * @throws NotFoundException if the endpoint or the event (still retained, visible to webhooks) is unknown
     * @throws ConflictException while the endpoint is disabled
     * @throws RuleViolationException when the endpoint's filter does not select the event's type
     */
    @Transactional
    public void redeliver(long id, UUID eventId) {
        WebhookEndpoint endpoint = load(id);
        if (!endpoint.isEnabled()) {
            throw new ConflictException("webhook-endpoint-disabled",
                    "The endpoint is disabled. Enable it before asking for a redelivery.");
        }
        Message message = deliveries.message(eventId).orElseGet(() -> stream.find(eventId)
                .filter(entry -> entry.audience() != StreamAudience.PERSON)
                .map(WebhookMessages::of)
                .orElseThrow(() -> new NotFoundException("Event", eventId)));
        if (!endpoint.filter().matches(message.type())) {
            throw new RuleViolationException("webhook-event-not-selected", "eventId", "The endpoint does not receive"
                    + " events of type " + message.type() + ".");
        }
        deliveries.queueRedelivery(id, eventId, CurrentUser.actorName(), Instant.now(clock));
        wakeAfterCommit();
    }

    private WebhookEndpointView saved(WebhookEndpoint endpoint, boolean resumed) {
        endpoints.save(endpoint);
        if (resumed) {
            deliveries.resetFailures(endpoint.getId(), Instant.now(clock));
            wakeAfterCommit();
        }
        return get(endpoint.getId());
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
    }

    private WebhookEndpoint load(long id) {
        return endpoints.findById(id).orElseThrow(() -> new NotFoundException("Webhook endpoint", id));
    }

    private WebhookEndpointView view(WebhookEndpoint endpoint) {
        WebhookDeliveries.Cursor cursor = deliveries.cursor(endpoint.getId());
        Instant previousUntil = endpoint.getPreviousSecretUntil();
        if (previousUntil != null && !previousUntil.isAfter(Instant.now(clock))) {
            previousUntil = null;
        }
        return new WebhookEndpointView(endpoint.getId(), endpoint.getUrl(), endpoint.getDescription(),
                List.copyOf(endpoint.filter().patterns()), endpoint.isEnabled(), endpoint.secretHint(), previousUntil,
                endpoint.getDisabledReason(), endpoint.getCreatedAt(), endpoint.getVersion(), cursor.position(),
                cursor.consecutiveFailures(), cursor.nextAttemptAt(), deliveries.lastAttempt(endpoint.getId()).orElse(null));
    }
}
