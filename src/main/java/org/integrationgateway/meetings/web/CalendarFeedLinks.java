package org.integrationgateway.meetings.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The absolute address of a calendar feed, starting with {@code gateway.mail.base-url} like every absolute link. */
@Component
class CalendarFeedLinks {

    static final String FEED_PATH = "/calendar/feed/";

    private final String baseUrl;

    CalendarFeedLinks(@Value("${gateway.mail.base-url:http://localhost:8080}") String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String feedUrl(String token) {
        return baseUrl + FEED_PATH + token + ".ics";
    }
}
