package org.integrationgateway.realtime.web;

import jakarta.servlet.http.HttpServletRequest;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.realtime.EventStream;
import org.integrationgateway.realtime.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the stream position it was read at ({@code liveSince}, on {@code <body data-live-since>}), read
 * before the page's own data. {@code static/js/live.js} opens the page's stream from there, so that an event committed
 * between reading the page and opening the stream is still delivered: no gap between the page and its live updates.
 */
@ControllerAdvice(annotations = Controller.class)
class LivePageModel {

    private final EventStream stream;
    private final PersonDirectory people;

    LivePageModel(EventStream stream, PersonDirectory people) {
        this.stream = stream;
        this.people = people;
    }

    @ModelAttribute("liveSince")
    Long liveSince(HttpServletRequest request) {
        return isFullPage(request) ? stream.latestPosition() : null;
    }

    /**
     * The signed-in staff member's inbox topic ({@code person:<id>}), which every full page follows so that the
     * navbar's unread counter is live; null for customer contacts, accounts without a person and fragments.
     */
    @ModelAttribute("liveInboxTopic")
    String liveInboxTopic(HttpServletRequest request) {
        if (!isFullPage(request)) {
            return null;
        }
        CurrentUser user = CurrentUser.get().orElseThrow();
        if (user.isCustomer()) {
            return null;
        }
        return people.findByUserAccount(user.accountId()).map(person -> Topics.person(person.id())).orElse(null);
    }

    /** A page (not an API call, not an htmx fragment) requested by a signed-in user. */
    private static boolean isFullPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("HX-Request") == null
                && CurrentUser.get().isPresent();
    }
}
