package org.integrationgateway.meetings.web;

import java.nio.charset.StandardCharsets;
import org.integrationgateway.meetings.MeetingCalendars;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar files: one meeting as a download (staff who may read the meeting; 403 otherwise, customers 404) and a
 * person's feed, reached without signing in by its secret address (404 for an unknown or revoked token). Both are
 * {@code text/calendar; charset=utf-8}; errors are problem details. The token is part of the path only and is never
 * logged. Named an API controller (as every {@code @RestController} is) though its paths are the files themselves.
 */
@RestController
class CalendarFileApiController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingCalendars calendars;

    CalendarFileApiController(MeetingCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/meetings/{id}.ics")
    ResponseEntity<String> download(@PathVariable long id) {
        String calendar = calendars.download(id);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("meeting-" + id + ".ics").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(calendar);
    }

    @GetMapping(CalendarFeedLinks.FEED_PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = calendars.feed(token);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("Referrer-Policy", "no-referrer")
                .body(calendar);
    }
}
