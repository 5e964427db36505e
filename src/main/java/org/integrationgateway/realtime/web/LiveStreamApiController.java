package org.integrationgateway.realtime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.realtime.LiveStreams;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Live stream", description = "Server-sent events of the topics a signed-in person follows. Every event "
        + "is checked against the person's rights when it is delivered.")
@PreAuthorize("isAuthenticated()")
class LiveStreamApiController {

    private final LiveStreams streams;

    LiveStreamApiController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow topics live",
            description = "Opens a text/event-stream. Topics look like project:7, change-request:12, spec-item:5, "
                    + "gate-review:3, decisions (every change request awaiting a decision) or person:4 (your own "
                    + "inbox only; another person's answers 403). Each event has id = its stream position and data = "
                    + "{id, position, type, topics, occurredAt, data}. Reconnect with the Last-Event-ID header (or "
                    + "lastEventId parameter) to resume with no gap and no duplicate; when the events after it are no "
                    + "longer retained, an event named resync (with the current position as id) says to reload. A "
                    + "connected event opens every stream, a keep-alive comment follows at least every 15 s, and the "
                    + "retry field suggests the reconnect delay. 400 for missing or malformed topics.")
    SseEmitter stream(@Parameter(description = "Topics to follow, comma-separated or repeated", example = "project:7")
                      @RequestParam(required = false) List<String> topics,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @Parameter(description = "The last event id seen, for clients that cannot set the header")
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParameter) {
        CurrentUser user = CurrentUser.get()
                .orElseThrow(() -> new NotPermittedException("not-signed-in", "Sign in to follow live events."));
        String lastEventId = lastEventIdHeader != null && !lastEventIdHeader.isBlank()
                ? lastEventIdHeader : lastEventIdParameter;
        return streams.open(user, topics, lastEventId);
    }
}
