package org.integrationgateway.meetings;

/**
 * Meetings in calendars (iCalendar, RFC 5545, written with ical4j): one meeting as a downloadable file, invitations by
 * e-mail (METHOD REQUEST, or CANCEL for a cancelled meeting, with the meeting's UID and SEQUENCE so calendars update
 * the entry), and each person's feed of their meetings, reached by a secret URL that calendar apps subscribe to. Only
 * the token's SHA-256 is stored; issuing a new token revokes the old one. Design: {@code docs/meetings.md}.
 */
public interface MeetingCalendars {

    /** The meeting as an iCalendar document (METHOD PUBLISH), if the signed-in person may read it. */
    String download(long meetingId);

    /**
     * A new feed token for the signed-in person, replacing (and so revoking) any earlier one; returned once, never
     * stored in clear. 422 for an account without a person record.
     */
    String issueFeedToken();

    /** Revokes the signed-in person's feed token; the feed URL answers 404 from now on. */
    void revokeFeedToken();

    /** Whether the signed-in person has a feed token. */
    boolean hasFeed();

    /**
     * The feed of the person holding {@code token}: their meetings from 30 days ago on (cancelled ones as CANCELLED),
     * as an iCalendar document; 404 (NotFound) for an unknown or revoked token.
     */
    String feed(String token);
}
