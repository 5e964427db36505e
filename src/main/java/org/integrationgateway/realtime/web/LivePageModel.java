package org.integrationgateway.realtime.web;

import jakarta.servlet.http.HttpServletRequest;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.realtime.EventStream;
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

    LivePageModel(EventStream stream) {
        this.stream = stream;
    }

    @ModelAttribute("liveSince")
    Long liveSince(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || CurrentUser.get().isEmpty()) {
            return null;
        }
        return stream.latestPosition();
    }
}
