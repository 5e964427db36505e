package org.integrationgateway.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integrationgateway.meetings.MeetingCalendars;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar feed", description = "The signed-in person's calendar feed: a secret address that calendar apps "
        + "subscribe to (iCalendar, their meetings from 30 days back, no sign-in). Only a hash of the token is kept: "
        + "its address is shown once, when issued; issuing again replaces it; revoking ends it (the address answers "
        + "404). Each meeting is also at /meetings/{id}.ics. Customers get 404.")
class CalendarApiController {

    private final MeetingCalendars calendars;
    private final CalendarFeedLinks links;

    CalendarApiController(MeetingCalendars calendars, CalendarFeedLinks links) {
        this.calendars = calendars;
        this.links = links;
    }

    /** Whether the person has a feed. */
    record FeedStatus(boolean active) {
    }

    /** The feed's address, shown once. */
    record IssuedFeed(String url) {
    }

    @GetMapping("/api/me/calendar-feed")
    @Operation(summary = "Whether I have a calendar feed", description = "Never its address (only a hash is kept).")
    FeedStatus status() {
        return new FeedStatus(calendars.hasFeed());
    }

    @PostMapping("/api/me/calendar-feed")
    @Operation(summary = "Issue my calendar feed address",
            description = "201 with the full address, in this response only; an earlier address stops working. 422 "
                    + "no-person-record for an account without a person.")
    ResponseEntity<IssuedFeed> issue() {
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedFeed(links.feedUrl(calendars.issueFeedToken())));
    }

    @DeleteMapping("/api/me/calendar-feed")
    @Operation(summary = "Revoke my calendar feed", description = "204; the address answers 404 from now on.")
    ResponseEntity<Void> revoke() {
        calendars.revokeFeedToken();
        return ResponseEntity.noContent().build();
    }
}
