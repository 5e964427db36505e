package org.integrationgateway.realtime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integrationgateway.realtime.DigestFrequency;
import org.integrationgateway.realtime.EmailMode;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.realtime.NotificationSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own e-mail preferences for notifications. */
@RestController
@RequestMapping("/api/me/notification-settings")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
@Tag(name = "Inbox")
class NotificationSettingsApiController {

    private final Inbox inbox;

    NotificationSettingsApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    record SettingsRequest(EmailMode emailMode, DigestFrequency digestFrequency) {
    }

    @GetMapping
    @Operation(summary = "My notification e-mail settings", description = "emailMode IMMEDIATE_FOR_URGENT_DIGEST_REST "
            + "(default), DIGEST_ONLY or OFF; digestFrequency HOURLY or DAILY (default). 404 for an account without "
            + "a person.")
    NotificationSettings settings() {
        return inbox.settings(InboxCaller.requirePerson(inbox));
    }

    @PutMapping
    @Operation(summary = "Change my notification e-mail settings", description = "Both fields are required (400).")
    NotificationSettings change(@RequestBody SettingsRequest request) {
        return inbox.changeSettings(InboxCaller.requirePerson(inbox), request.emailMode(), request.digestFrequency());
    }
}
