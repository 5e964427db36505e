package org.integrationgateway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.integrationgateway.acceptance.AcceptanceFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Meetings in calendars, read back by ical4j and by the independent ical.js ({@link IcalJsClient}): the download, the
 * feed and its token, and the invitations e-mailed through the outbox to a real SMTP server (GreenMail). Runs on H2
 * and on PostgreSQL.
 */
abstract class MeetingCalendarsContract {

    static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gateway.mail.from", () -> "gateway@kestrel.test");
        registry.add("gateway.mail.base-url", () -> "https://gateway.kestrel.test");
        registry.add("gateway.mail.interval", () -> "1h");
        registry.add("gateway.meetings.invitations.interval", () -> "1h");
    }

    @Autowired StatusReportFixtures offices;
    @Autowired CalendarFixtures calendar;
    @Autowired MeetingCalendars calendars;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingRepository repository;
    @Autowired PersonDirectory people;
    @Autowired IcalDocuments documents;
    @Autowired ClusterLock lock;
    @Autowired InvitationSettings settings;
    @Autowired InvitationMailer mailer;

    Office office;
    Team team;

    @BeforeEach
    void setUp() {
        office = offices.office();
        team = office.team();
    }

    @Test
    void aDownloadReadsTheSameInIcal4jAndInIcalJs() throws Exception {
        Meeting meeting = calendar.schedule(team, "Weekly status");
        String ics = as(team.engineer(), () -> calendars.download(meeting.getId()));

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().map(Property::getValue)).contains(meeting.getIcalUid());
        Property dtStart = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(dtStart.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue))
                .contains(CalendarFixtures.ZONE);
        assertThat(parsed.getComponents("VTIMEZONE")).hasSize(1).first()
                .extracting(z -> ((VTimeZone) z).getTimeZoneId().getValue()).isEqualTo(CalendarFixtures.ZONE);

        JsonNode js = IcalJsClient.parse(ics);
        assertThat(js.get("method").asString()).isEqualTo("PUBLISH");
        JsonNode e = IcalJsClient.event(js, meeting.getIcalUid());
        Instant start = CalendarFixtures.nextJanuary().atZone(ZoneId.of(CalendarFixtures.ZONE)).toInstant();
        assertThat(e.get("start").asString()).isEqualTo(start.toString().replace("Z", ".000Z"));
        assertThat(start.toString()).endsWith("T14:30:00Z");
        assertThat(e.get("end").asString()).isEqualTo(start.plusSeconds(3600).toString().replace("Z", ".000Z"));
        assertThat(e.get("tz").asString()).isEqualTo(CalendarFixtures.ZONE);
        assertThat(e.get("sequence").asInt()).isZero();
        assertThat(e.get("summary").asString()).isEqualTo("Weekly status (" + team.code() + ")");
        assertThat(e.get("location").asString()).isEqualTo("Room 4 / https://meet.example.test/kestrel");
        assertThat(e.get("url").asString()).isEqualTo("https://meet.example.test/kestrel");
        assertThat(e.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(e.get("description").asString()).contains("Status meeting of project " + team.code())
                .contains("https://gateway.kestrel.test/meetings/" + meeting.getId());
        assertThat(e.get("organizer").asString()).isEqualTo(email(team.manager()));
        JsonNode marco = attendee(e, email(team.seller()));
        assertThat(marco.get("name").asString()).isEqualTo("Marco Ricci");
        assertThat(marco.get("partstat").asString()).isEqualTo("NEEDS-ACTION");
        assertThat(marco.get("role").asString()).isEqualTo("REQ-PARTICIPANT");
        assertThat(attendee(e, email(team.marketer()))).isNotNull();
        assertThat(attendee(e, email(team.manager())).get("role").asString()).isEqualTo("CHAIR");
        assertThat(attendee(e, email(team.outsider()))).isNull();
    }

    @Test
    void anAnswerShowsAsPartstatAndACancelledMeetingAsCancelledWithAHigherSequence() throws Exception {
        Meeting meeting = calendar.schedule(team, "Design sync");
        as(team.seller(), () -> calendar.meetings().respond(meeting.getId(), AttendanceResponse.TENTATIVE, null));
        JsonNode before = IcalJsClient.event(IcalJsClient.parse(as(team.seller(),
                () -> calendars.download(meeting.getId()))), meeting.getIcalUid());
        assertThat(attendee(before, email(team.seller())).get("partstat").asString()).isEqualTo("TENTATIVE");

        Meeting cancelled = calendar.cancel(team, repository.findById(meeting.getId()).orElseThrow());
        JsonNode after = IcalJsClient.event(IcalJsClient.parse(as(team.seller(),
                () -> calendars.download(meeting.getId()))), meeting.getIcalUid());
        assertThat(after.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get("sequence").asInt()).isEqualTo(cancelled.getIcalSequence()).isPositive();
    }

    @Test
    void staffOutsideTheProjectMayNotDownloadAndCustomersFindNothing() {
        Meeting meeting = calendar.schedule(team, "Weekly status");
        assertThatThrownBy(() -> as(team.outsider(), () -> calendars.download(meeting.getId())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AcceptanceFixtures.asCustomer(office.customer(), () -> calendars.download(meeting.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AcceptanceFixtures.asCustomer(office.customer(), calendars::issueFeedToken))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFeedHoldsThePersonsMeetingsFrom30DaysBackUnderAHashedTokenUntilRevoked() throws Exception {
        Meeting upcoming = calendar.schedule(team, "Weekly status");
        Meeting recent = calendar.schedule(team, "Last week's status", LocalDateTime.now().minusDays(7));
        Meeting old = calendar.schedule(team, "Old status", LocalDateTime.now().minusDays(40));
        Team other = offices.office().team();
        Meeting elsewhere = calendar.schedule(other, "Someone else's status");

        String token = as(team.seller(), calendars::issueFeedToken);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(as(team.seller(), calendars::hasFeed)).isTrue();
        assertThat(as(team.engineer(), calendars::hasFeed)).isFalse();
        String stored = jdbc.queryForObject("select token_hash from calendar_feed where person_id = ?", String.class,
                team.seller().person());
        assertThat(stored).isEqualTo(IcalMeetingCalendars.hash(token)).hasSize(64).isNotEqualTo(token);

        JsonNode feed = IcalJsClient.parse(calendars.feed(token));
        assertThat(feed.get("method").asString()).isEqualTo("PUBLISH");
        assertThat(feed.get("calendarName").asString()).isEqualTo("Meetings of Marco Ricci");
        assertThat(IcalJsClient.event(feed, upcoming.getIcalUid())).isNotNull();
        assertThat(IcalJsClient.event(feed, recent.getIcalUid())).isNotNull();
        assertThat(IcalJsClient.event(feed, old.getIcalUid())).isNull();
        assertThat(IcalJsClient.event(feed, elsewhere.getIcalUid())).isNull();
        assertThat(IcalJsClient.event(feed, upcoming.getIcalUid()).get("start").asString())
                .endsWith("T14:30:00.000Z");

        calendar.cancel(team, repository.findById(upcoming.getId()).orElseThrow());
        assertThat(IcalJsClient.event(IcalJsClient.parse(calendars.feed(token)), upcoming.getIcalUid())
                .get("status").asString()).isEqualTo("CANCELLED");

        String second = as(team.seller(), calendars::issueFeedToken);
        assertThatThrownBy(() -> calendars.feed(token)).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(token);
        assertThat(calendars.feed(second)).contains(recent.getIcalUid());
        as(team.seller(), () -> {
            calendars.revokeFeedToken();
            return null;
        });
        assertThatThrownBy(() -> calendars.feed(second)).isInstanceOf(NotFoundException.class);
        assertThat(as(team.seller(), calendars::hasFeed)).isFalse();
        assertThatThrownBy(() -> calendars.feed("not a token")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendars.feed(null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void invitationsAreEmailedOnScheduleRescheduleAndCancelAndReadByBothParsers() throws Exception {
        Meeting meeting = calendar.schedule(team, "Kick-off status");
        String marco = email(team.seller());

        MimeMessage invitation = awaitMail(marco, "Invitation: Kick-off status (" + team.code() + ")");
        assertThat(invitation.getFrom()[0].toString()).contains("gateway@kestrel.test");
        Part inline = part(invitation, "text/calendar");
        assertThat(inline.getContentType()).containsIgnoringCase("method=REQUEST");
        Part attachment = attachment(invitation);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(text(part(invitation, "text/plain"))).contains("Sofia Marin invites you to the status meeting")
                .contains("https://gateway.kestrel.test/meetings/" + meeting.getId());
        String ics = text(inline);
        assertThat(text(attachment)).isEqualTo(ics);

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        JsonNode js = IcalJsClient.parse(ics);
        assertThat(js.get("method").asString()).isEqualTo("REQUEST");
        JsonNode event = IcalJsClient.event(js, meeting.getIcalUid());
        assertThat(event.get("sequence").asInt()).isZero();
        assertThat(event.get("start").asString()).endsWith("T14:30:00.000Z");
        assertThat(attendee(event, marco).get("partstat").asString()).isEqualTo("NEEDS-ACTION");

        await().atMost(MAIL_WAIT).until(() -> jdbc.queryForObject("select count(*) from meeting_invitation"
                + " where meeting_id = ? and sent_at is null", Integer.class, meeting.getId()) == 0);
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and person_id = ?",
                Integer.class, meeting.getId(), team.manager().person())).isZero();
        assertThat(received(email(team.manager()), "Invitation: Kick-off status")).isEmpty();

        Meeting moved = calendar.reschedule(team, meeting, CalendarFixtures.nextJanuary().plusDays(1));
        MimeMessage update = awaitMail(marco, "Updated invitation: Kick-off status");
        JsonNode updated = IcalJsClient.event(IcalJsClient.parse(text(part(update, "text/calendar"))),
                meeting.getIcalUid());
        assertThat(updated.get("sequence").asInt()).isEqualTo(moved.getIcalSequence()).isEqualTo(1);
        assertThat(updated.get("start").asString()).startsWith(CalendarFixtures.nextJanuary().plusDays(1)
                .toLocalDate().toString());
        assertThat(updated.get("location").asString()).startsWith("Room 5");

        calendar.cancel(team, moved);
        MimeMessage cancellation = awaitMail(marco, "Cancelled: Kick-off status");
        Part cancelPart = part(cancellation, "text/calendar");
        assertThat(cancelPart.getContentType()).containsIgnoringCase("method=CANCEL");
        JsonNode cancelled = IcalJsClient.parse(text(cancelPart));
        assertThat(cancelled.get("method").asString()).isEqualTo("CANCEL");
        assertThat(IcalJsClient.event(cancelled, meeting.getIcalUid()).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(IcalJsClient.event(cancelled, meeting.getIcalUid()).get("sequence").asInt()).isEqualTo(2);
    }

    @Test
    void someoneTakenOffAMeetingGetsACancelNamingOnlyThem() throws Exception {
        Meeting meeting = calendar.schedule(team, "Liaison status");
        String priya = email(team.marketer());
        awaitMail(priya, "Invitation: Liaison status");
        as(team.manager(), () -> calendar.meetings().uninvite(meeting.getId(), team.marketer().person()));
        MimeMessage removal = awaitMail(priya, "Removed from: Liaison status");
        assertThat(text(part(removal, "text/plain"))).contains("You were taken off the status meeting");
        JsonNode parsed = IcalJsClient.parse(text(part(removal, "text/calendar")));
        assertThat(parsed.get("method").asString()).isEqualTo("CANCEL");
        JsonNode event = IcalJsClient.event(parsed, meeting.getIcalUid());
        assertThat(event.get("attendees")).hasSize(1);
        assertThat(attendee(event, priya)).isNotNull();
        assertThat(event.get("organizer").asString()).isEqualTo(email(team.manager()));
    }

    @Test
    void aFailedSendIsCountedAndRetriedAfterABackoffUpToTheLimitAndNeverMarkedSent() throws Exception {
        Meeting meeting = calendar.schedule(team, "Retry status");
        await().atMost(MAIL_WAIT).until(() -> jdbc.queryForObject("select count(*) from meeting_invitation"
                + " where meeting_id = ? and sent_at is null", Integer.class, meeting.getId()) == 0);
        Instant queued = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.update("insert into meeting_invitation (meeting_id, person_id, method, sequence, created_at, attempts)"
                + " values (?, ?, 'REQUEST', 7, ?, 0)", meeting.getId(), team.engineer().person(),
                java.sql.Timestamp.from(queued));
        long id = jdbc.queryForObject("select id from meeting_invitation where meeting_id = ? and sequence = 7",
                Long.class, meeting.getId());
        JavaMailSenderImpl failing = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException("SMTP said no");
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("failing", failing);
        InvitationMailer mailer = new InvitationMailer(beans.getBeanProvider(JavaMailSender.class), jdbc, repository,
                people, documents, lock, new InvitationSettings(Duration.ofHours(1), Duration.ofMinutes(1), 3),
                "gateway@kestrel.test", java.time.Clock.systemUTC());

        // The pass that sent the meeting's invitations may still hold the lease: try until this pass runs.
        await().atMost(MAIL_WAIT).until(() -> {
            assertThat(mailer.send(queued)).isZero();
            return attempts(id) == 1;
        });
        assertThat(jdbc.queryForObject("select last_error from meeting_invitation where id = ?", String.class, id))
                .contains("SMTP said no");
        mailer.send(queued.plusSeconds(30));
        assertThat(attempts(id)).as("waits a minute after the first failure").isEqualTo(1);
        mailer.send(queued.plusSeconds(61));
        assertThat(attempts(id)).isEqualTo(2);
        mailer.send(queued.plusSeconds(150));
        assertThat(attempts(id)).as("then three minutes from queueing").isEqualTo(2);
        mailer.send(queued.plusSeconds(181));
        assertThat(attempts(id)).isEqualTo(3);
        mailer.send(queued.plus(Duration.ofDays(1)));
        assertThat(attempts(id)).as("given up after max-attempts").isEqualTo(3);
        assertThat(jdbc.queryForObject("select sent_at from meeting_invitation where id = ?", java.sql.Timestamp.class,
                id)).isNull();
    }

    @Test
    void someoneNoLongerInvitedIsGivenUpAndASupersededInvitationIsNotSent() {
        Meeting meeting = calendar.schedule(team, "Quiet status");
        await().atMost(MAIL_WAIT).until(() -> jdbc.queryForObject("select count(*) from meeting_invitation"
                + " where meeting_id = ? and sent_at is null", Integer.class, meeting.getId()) == 0);
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        jdbc.update("insert into meeting_invitation (meeting_id, person_id, method, sequence, created_at, attempts)"
                + " values (?, ?, 'REQUEST', 0, ?, 0)", meeting.getId(), team.outsider().person(), now);
        jdbc.update("insert into meeting_invitation (meeting_id, person_id, method, sequence, created_at, attempts)"
                + " values (?, ?, 'REQUEST', -1, ?, 0)", meeting.getId(), team.seller().person(), now);
        await().atMost(MAIL_WAIT).until(() -> {
            mailer.send();
            return jdbc.queryForObject("select last_error from meeting_invitation where meeting_id = ? and person_id = ?",
                    String.class, meeting.getId(), team.outsider().person()) != null;
        });
        assertThat(jdbc.queryForObject("select last_error from meeting_invitation where meeting_id = ? and person_id = ?",
                String.class, meeting.getId(), team.outsider().person())).isEqualTo("The person is no longer invited.");
        assertThat(jdbc.queryForObject("select attempts from meeting_invitation where meeting_id = ? and person_id = ?",
                Integer.class, meeting.getId(), team.outsider().person())).isEqualTo(settings.maxAttempts());
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and sequence = -1"
                + " and sent_at is null and attempts = 0", Integer.class, meeting.getId())).isOne();
        assertThat(settings.nextAttempt(Instant.EPOCH, 0)).isEqualTo(Instant.EPOCH);
        assertThat(settings.nextAttempt(Instant.EPOCH, 3)).isEqualTo(Instant.EPOCH.plus(Duration.ofMinutes(7)));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    String email(Member member) {
        return people.find(member.person()).orElseThrow().email();
    }

    int attempts(long id) {
        return jdbc.queryForObject("select attempts from meeting_invitation where id = ?", Integer.class, id);
    }

    static JsonNode attendee(JsonNode event, String email) {
        for (JsonNode attendee : event.get("attendees")) {
            if (email.equalsIgnoreCase(attendee.get("email").asString())) {
                return attendee;
            }
        }
        return null;
    }

    static List<MimeMessage> received(String to, String subjectStart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(to));
            if (addressed && message.getSubject() != null && message.getSubject().startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    static MimeMessage awaitMail(String to, String subjectStart) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(MAIL_WAIT).until(() -> {
            found.clear();
            found.addAll(received(to, subjectStart));
            return !found.isEmpty();
        });
        return found.get(found.size() - 1);
    }

    static Part part(Part message, String type) throws Exception {
        if (message.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(message.getDisposition())) {
            return message;
        }
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Part attachment(Part message) throws Exception {
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return part;
                }
                Part nested = attachment(part);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    static String text(Part part) throws IOException, jakarta.mail.MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
