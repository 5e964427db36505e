package org.integrationgateway.realtime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.realtime.Notification;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox. Another person's notification answers 404, as if it did not exist. */
@RestController
@RequestMapping("/api/me/notifications")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
@Tag(name = "Inbox", description = "My notifications: mentions, assignments, decisions needed, decisions, overdue "
        + "changes. New ones also arrive live on /api/stream?topics=person:<my person id> as inbox.notification.")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    record NotificationResponse(long id, String kind, String title, String link, Long projectId, String source,
                                boolean urgent, boolean unread, Instant createdAt, Instant readAt, Instant emailedAt) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id(), n.kind().name(), n.title(), n.link(), n.projectId(), n.source(),
                    n.urgent(), n.unread(), n.createdAt(), n.readAt(), n.emailedAt());
        }
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(int marked, long unread) {
    }

    @GetMapping
    @Operation(summary = "List my notifications", description = "Newest first, paged (page, size up to 100); "
            + "unread=true for the unread ones only. An account without a person has an empty inbox.")
    PageResponse<NotificationResponse> list(@RequestParam(required = false) Boolean unread,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        PageRequest paging = Paging.of(page, size, null, Set.of(), Sort.unsorted());
        Optional<Long> person = InboxCaller.person(inbox);
        return PageResponse.of(person.map(id -> inbox.notifications(id, Boolean.TRUE.equals(unread), paging))
                .orElseGet(() -> new PageImpl<>(java.util.List.of(), paging, 0)), NotificationResponse::of);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    UnreadCount unreadCount() {
        return new UnreadCount(InboxCaller.person(inbox).map(inbox::unreadCount).orElse(0L));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "Idempotent. 404 for an unknown id or "
            + "another person's notification.")
    NotificationResponse markRead(@PathVariable long id) {
        return NotificationResponse.of(inbox.markRead(InboxCaller.requirePerson(inbox), id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    MarkedRead markAllRead() {
        long person = InboxCaller.requirePerson(inbox);
        return new MarkedRead(inbox.markAllRead(person), inbox.unreadCount(person));
    }
}
