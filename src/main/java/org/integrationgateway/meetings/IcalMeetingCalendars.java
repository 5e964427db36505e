package org.integrationgateway.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link MeetingCalendars} with ical4j ({@link IcalDocuments}). A download is read through {@link Meetings#meeting},
 * which checks that the signed-in person may read the meeting. A feed token is 32 random bytes (base64url, 43
 * characters); only its SHA-256 (hex) is kept in {@code calendar_feed}, one row per person: issuing replaces the row
 * (the old URL stops working), revoking deletes it. The feed is found by the hash of the token it is asked for, so a
 * token is never compared in clear; it lists the person's meetings from {@value #FEED_DAYS_BACK} days back (at most
 * {@value #FEED_LIMIT}), read in two queries (ids, then the meetings), with the people in one more query and the
 * project codes once per project.
 */
@Service("meetingCalendars")
class IcalMeetingCalendars implements MeetingCalendars {

    static final int FEED_DAYS_BACK = 30;
    static final int FEED_LIMIT = 500;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Meetings meetings;
    private final MeetingRepository repository;
    private final PersonDirectory people;
    private final IcalDocuments documents;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IcalMeetingCalendars(Meetings meetings, MeetingRepository repository, PersonDirectory people, IcalDocuments documents, JdbcTemplate jdbc, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.people = people;
        this.documents = documents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public String download(long meetingId) {
        requireStaff();
        Meeting meeting = meetings.meeting(meetingId);
        return document(IcalDocuments.PUBLISH, List.of(meeting), null);
    }

    /** The invitation ({@code REQUEST}) or cancellation ({@code CANCEL}) of a meeting, as e-mailed. */
    String invitation(Meeting meeting, String method) {
        return document(method, List.of(meeting), null);
    }

    @Override
    @Transactional
    public String issueFeedToken() {
        long person = currentPerson();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("delete from calendar_feed where person_id = ?", person);
        jdbc.update("insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)", person,
                hash(token), Timestamp.from(Instant.now(clock)));
        return token;
    }

    @Override
    @Transactional
    public void revokeFeedToken() {
        jdbc.update("delete from calendar_feed where person_id = ?", currentPerson());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasFeed() {
        requireStaff();
        Long person = CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId()))
                .map(PersonSummary::id).orElse(null);
        return person != null && jdbc.queryForObject("select count(*) from calendar_feed where person_id = ?",
                Integer.class, person) > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public String feed(String token) {
        // The token never appears in a message or log: an unknown one is simply "not found".
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("Calendar feed", "for this address");
        }
        List<Long> owner = jdbc.queryForList("select person_id from calendar_feed where token_hash = ?", Long.class,
                hash(token));
        if (owner.isEmpty()) {
            throw new NotFoundException("Calendar feed", "for this address");
        }
        long personId = owner.get(0);
        Instant from = Instant.now(clock).minus(Duration.ofDays(FEED_DAYS_BACK));
        List<Long> ids = repository.findIdsOfAttendee(personId, from, FEED_LIMIT);
        List<Meeting> found = repository.findAllById(ids).stream()
                .sorted(Comparator.comparing(Meeting::getStartsAt).thenComparing(Meeting::getId)).toList();
        String name = people.find(personId).map(PersonSummary::fullName).orElse("");
        return document(IcalDocuments.PUBLISH, found, ("Meetings of " + name).strip());
    }

    private String document(String method, List<Meeting> list, String calendarName) {
        return documents.write(method, list, calendarName);
    }

    private static void requireStaff() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.isCustomer()) {
            throw new NotFoundException("Calendar", "for this account");
        }
    }

    private long currentPerson() {
        requireStaff();
        CurrentUser user = CurrentUser.get().orElseThrow();
        return people.findByUserAccount(user.accountId()).map(PersonSummary::id)
                .orElseThrow(() -> new RuleViolationException("no-person-record", null,
                        "Your account is not linked to a person, so it has no meetings to put in a calendar."));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
