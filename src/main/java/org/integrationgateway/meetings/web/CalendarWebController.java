package org.integrationgateway.meetings.web;

import org.integrationgateway.meetings.MeetingCalendars;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed card of the page {@code /meetings} (fragment {@code meetings/calendar-feed :: card}): issue a new
 * feed address (shown once, through a flash attribute) or revoke it, then back to {@code /meetings}.
 */
@Controller
class CalendarWebController {

    static final String FLASH_URL = "calendarFeedUrl";

    private final MeetingCalendars calendars;
    private final CalendarFeedLinks links;

    CalendarWebController(MeetingCalendars calendars, CalendarFeedLinks links) {
        this.calendars = calendars;
        this.links = links;
    }

    @PostMapping("/meetings/calendar-feed")
    String issue(RedirectAttributes redirect) {
        redirect.addFlashAttribute(FLASH_URL, links.feedUrl(calendars.issueFeedToken()));
        return "redirect:/meetings#calendar-feed";
    }

    @PostMapping("/meetings/calendar-feed/revoke")
    String revoke(RedirectAttributes redirect) {
        calendars.revokeFeedToken();
        redirect.addFlashAttribute("calendarFeedRevoked", true);
        return "redirect:/meetings#calendar-feed";
    }
}
