package org.integrationgateway.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.integration.IssuedWebhookSecret;
import org.integrationgateway.integration.WebhookAttemptView;
import org.integrationgateway.integration.WebhookDetails;
import org.integrationgateway.integration.WebhookEndpointView;
import org.integrationgateway.integration.Webhooks;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Webhooks", description = "Webhook endpoints (Standard Webhooks v1), their delivery log, redelivery and"
        + " secret rotation; administrators only.")
@RestController
@RequestMapping("/api/admin/webhooks")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WebhookApiController {

    /** An endpoint to register or change; {@code version} is required for a change. */
    record WebhookRequest(
            @Schema(description = "https:// or http:// URL; private, loopback and link-local targets are refused (422)",
                    example = "https://hooks.example.com/gateway") String url,
            @Schema(description = "What the endpoint is for") @Size(max = 500) String description,
            @Schema(description = "Event types, prefixes such as change-request.* or * (empty: all)",
                    example = "[\"change-request.decided\", \"gate-review.*\"]") List<String> eventTypes,
            @Schema(description = "Whether deliveries are on (default true)") Boolean enabled,
            @Schema(description = "The version you read (required for a change)") Long version) {

        WebhookDetails details() {
            return new WebhookDetails(url, description, eventTypes, enabled == null || enabled);
        }
    }

    /** A manual redelivery of a past event. */
    record RedeliveryRequest(@Schema(description = "The stream event's id (the webhook-id of its deliveries)")
                             String eventId) {
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "List webhook endpoints", description = "Paged; sort on id, url or createdAt.")
    @GetMapping
    PageResponse<WebhookEndpointView> list(@RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @Parameter(description = "id|url|createdAt[,asc|desc]")
                                           @RequestParam(required = false) String sort) {
        return PageResponse.of(webhooks.list(Paging.of(page, size, sort, Webhooks.SORT_FIELDS, Webhooks.DEFAULT_SORT)),
                e -> e);
    }

    @Operation(summary = "One webhook endpoint", description = "The secret is never returned, only a hint of it.")
    @GetMapping("/{id}")
    WebhookEndpointView get(@PathVariable long id) {
        return webhooks.get(id);
    }

    @Operation(summary = "Register a webhook endpoint",
            description = "Answers the endpoint with its signing secret (whsec_…), shown this once. 400 for a malformed"
                    + " URL or event type, 422 for a refused target address.")
    @PostMapping
    ResponseEntity<IssuedWebhookSecret> create(@Validated @RequestBody WebhookRequest request) {
        IssuedWebhookSecret created = webhooks.create(request.details());
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + created.endpoint().id())).body(created);
    }

    @Operation(summary = "Change a webhook endpoint",
            description = "Send the version you read; a stale version answers 409. Enabling resets the failure count"
                    + " and resumes from the endpoint's cursor.")
    @PutMapping("/{id}")
    WebhookEndpointView change(@PathVariable long id, @Validated @RequestBody WebhookRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "Send the version you read.");
        }
        return webhooks.change(id, request.version(), request.details());
    }

    @Operation(summary = "Enable deliveries", description = "Resets the failure count and resumes from the cursor.")
    @PostMapping("/{id}/enable")
    WebhookEndpointView enable(@PathVariable long id, @RequestParam(required = false) Long version) {
        return webhooks.setEnabled(id, version, true);
    }

    @Operation(summary = "Disable deliveries", description = "Events keep queueing behind the endpoint's cursor.")
    @PostMapping("/{id}/disable")
    WebhookEndpointView disable(@PathVariable long id, @RequestParam(required = false) Long version) {
        return webhooks.setEnabled(id, version, false);
    }

    @Operation(summary = "Rotate the signing secret",
            description = "Answers the new secret, shown this once. The previous secret keeps signing (a second"
                    + " signature in webhook-signature) for the configured grace period.")
    @PostMapping("/{id}/rotate-secret")
    IssuedWebhookSecret rotate(@PathVariable long id, @RequestParam(required = false) Long version) {
        return webhooks.rotateSecret(id, version);
    }

    @Operation(summary = "Delete a webhook endpoint with its delivery log")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The endpoint's delivery log", description = "Every attempt, newest first; paged.")
    @GetMapping("/{id}/deliveries")
    PageResponse<WebhookAttemptView> deliveries(@PathVariable long id, @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        return PageResponse.of(webhooks.deliveries(id, Paging.of(page, size, null, java.util.Set.of(), NEWEST_FIRST)),
                a -> a);
    }

    @Operation(summary = "Redeliver a past event",
            description = "Queues one manual attempt with the same webhook-id and body (202). 404 for an unknown event,"
                    + " 409 while the endpoint is disabled, 422 when its filter does not select the event.")
    @PostMapping("/{id}/redeliveries")
    ResponseEntity<Void> redeliver(@PathVariable long id, @RequestBody RedeliveryRequest request) {
        webhooks.redeliver(id, eventId(request.eventId()));
        return ResponseEntity.accepted().build();
    }

    static UUID eventId(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("eventId", "Give the event's id.");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("eventId", "An event id is a UUID such as 3f2b…-….");
        }
    }
}
