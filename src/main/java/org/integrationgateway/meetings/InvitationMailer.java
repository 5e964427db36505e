package org.integrationgateway.meetings;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation e-mails queued in {@link InvitationOutbox}: woken right after the commit that queued them, and
 * every {@code gateway.meetings.invitations.interval} as the safety net (a wake-up lost with a node, a retry due), on
 * one node at a time ({@link ClusterLock}). Each e-mail (RFC 6047, iMIP) has a text body and the meeting as a
 * {@code text/calendar; method=REQUEST} (or {@code CANCEL}) part, and the same as an {@code invite.ics} attachment;
 * the calendar is written from the meeting as it is when sent, with its current SEQUENCE. A row is marked sent only
 * after the SMTP server took the message, so a crash in between sends it again (at least once). A failure counts the
 * attempt and keeps the error; the row is tried again after a backoff that doubles
 * ({@link InvitationSettings#nextAttempt}), up to {@code max-attempts}. A row that a later one for the same person
 * and meeting supersedes (a higher sequence: rescheduled or cancelled meanwhile) is not sent; a person without an
 * e-mail address, or no longer invited, is given up at once. Without {@code spring.mail.host} nothing is sent (logged
 * once) and the rows wait.
 */
@Component
class InvitationMailer implements SmartLifecycle {

    static final String LOCK = "meetings-invitation-mail";
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int BATCH = 200;
    static final int MAX_ERROR = 500;

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> senders;
    private final JdbcTemplate jdbc;
    private final MeetingRepository meetings;
    private final PersonDirectory people;
    private final IcalDocuments documents;
    private final ClusterLock lock;
    private final InvitationSettings settings;
    private final String from;
    private final Clock clock;
    private final PeriodicTask task;
    private final ReentrantLock passes = new ReentrantLock();
    private final AtomicBoolean reportedOff = new AtomicBoolean();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile ExecutorService wakeups;

    InvitationMailer(ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc, MeetingRepository meetings,
                     PersonDirectory people, IcalDocuments documents, ClusterLock lock, InvitationSettings settings,
                     @Value("${gateway.mail.from:gateway@localhost}") String from, Clock clock) {
        this.senders = senders;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.people = people;
        this.documents = documents;
        this.lock = lock;
        this.settings = settings;
        this.from = from == null || from.isBlank() ? "gateway@localhost" : from.strip();
        this.clock = clock;
        this.task = new PeriodicTask("meetings-invitation-mail", settings.interval(), this::send);
    }

    /** Asks for a pass soon, on the mailer's own thread (after a commit that queued invitations). */
    void wake() {
        ExecutorService executor = wakeups;
        if (executor == null || !wakePending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                wakePending.set(false);
                try {
                    send();
                } catch (RuntimeException e) {
                    log.warn("Sending meeting invitations failed; retrying at the next interval: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            wakePending.set(false);
        }
    }

    /** One pass now; returns how many e-mails were sent. */
    int send() {
        return send(Instant.now(clock));
    }

    /** One pass as of {@code now} (backoffs are measured against it); returns how many e-mails were sent. */
    int send(Instant now) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            if (reportedOff.compareAndSet(false, true)) {
                log.info("E-mail is off: no spring.mail.host is configured, so meeting invitations wait in their outbox.");
            }
            return 0;
        }
        AtomicInteger sent = new AtomicInteger();
        passes.lock();
        try {
            lock.runExclusively(LOCK, LEASE, () -> sent.set(pass(sender, now)));
        } finally {
            passes.unlock();
        }
        return sent.get();
    }

    private record Pending(long id, long meetingId, long personId, String method, int sequence, Instant queuedAt,
                           int attempts) {
    }

    private int pass(JavaMailSender sender, Instant now) {
        List<Pending> pending = jdbc.query("select i.id, i.meeting_id, i.person_id, i.method, i.sequence, i.created_at,"
                + " i.attempts from meeting_invitation i where i.sent_at is null and i.attempts < ?"
                + " and not exists (select 1 from meeting_invitation n where n.meeting_id = i.meeting_id"
                + " and n.person_id = i.person_id and n.sequence > i.sequence) order by i.id limit ?",
                (rs, row) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), rs.getInt(7)), settings.maxAttempts(), BATCH)
                .stream().filter(p -> !settings.nextAttempt(p.queuedAt(), p.attempts()).isAfter(now)).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, Meeting> byId = meetings.findAllById(pending.stream().map(Pending::meetingId).distinct().toList())
                .stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        Set<Long> personIds = new HashSet<>();
        pending.forEach(p -> personIds.add(p.personId()));
        byId.values().stream().map(Meeting::getOrganiserId).filter(java.util.Objects::nonNull).forEach(personIds::add);
        Map<Long, PersonSummary> persons = people.findAll(personIds);
        int sent = 0;
        for (Pending invitation : pending) {
            Meeting meeting = byId.get(invitation.meetingId());
            PersonSummary person = persons.get(invitation.personId());
            if (meeting == null) {
                giveUp(invitation, "The meeting no longer exists.");
            } else if (person == null || person.email() == null || person.email().isBlank()) {
                giveUp(invitation, "The person has no e-mail address.");
            } else if (InvitationOutbox.REQUEST.equals(invitation.method()) && !meeting.isInvited(person.id())) {
                giveUp(invitation, "The person is no longer invited.");
            } else {
                try {
                    PersonSummary organiser = meeting.getOrganiserId() == null ? null
                            : persons.get(meeting.getOrganiserId());
                    sender.send(message(sender, meeting, person, organiser, invitation.method()));
                    jdbc.update("update meeting_invitation set sent_at = ?, attempts = attempts + 1, last_error = null"
                            + " where id = ?", Timestamp.from(now), invitation.id());
                    sent++;
                } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                    failed(invitation, e);
                }
            }
        }
        return sent;
    }

    private void giveUp(Pending invitation, String reason) {
        jdbc.update("update meeting_invitation set attempts = ?, last_error = ? where id = ?", settings.maxAttempts(),
                reason, invitation.id());
    }

    private void failed(Pending invitation, Exception e) {
        String error = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        int attempts = invitation.attempts() + 1;
        log.warn("Meeting invitation {} could not be sent (attempt {} of {}): {}", invitation.id(), attempts,
                settings.maxAttempts(), error);
        jdbc.update("update meeting_invitation set attempts = ?, last_error = ? where id = ?", attempts,
                error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error, invitation.id());
    }

    /** The e-mail: a text body and the calendar inline (method REQUEST or CANCEL), and as an attachment. */
    MimeMessage message(JavaMailSender sender, Meeting meeting, PersonSummary person, PersonSummary organiser,
                        String method)
            throws MessagingException, UnsupportedEncodingException {
        String code = documents.code(meeting.getProjectId()).orElse(null);
        String calendar = documents.invitation(method, meeting, person);
        byte[] bytes = calendar.getBytes(StandardCharsets.UTF_8);

        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(meeting, person, organiser, method, code), "UTF-8");
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes,
                "text/calendar; charset=UTF-8; method=" + method)));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(inline);
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes,
                "application/ics; name=invite.ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(Part.ATTACHMENT);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(content);
        mixed.addBodyPart(attachment);

        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(person.email(), person.fullName(),
                "UTF-8"));
        message.setSubject(subject(meeting, method, code), "UTF-8");
        message.setSentDate(Date.from(Instant.now(clock)));
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    static String subject(Meeting meeting, String method, String code) {
        String prefix = IcalDocuments.CANCEL.equals(method)
                ? (meeting.getState() == MeetingState.CANCELLED ? "Cancelled: " : "Removed from: ")
                : meeting.getIcalSequence() > 0 ? "Updated invitation: " : "Invitation: ";
        return prefix + meeting.getTitle() + (code == null ? "" : " (" + code + ")") + " — " + when(meeting);
    }

    static String when(Meeting meeting) {
        return WHEN.format(meeting.getStartsAt().atZone(ZoneId.of(meeting.getTimeZone()))) + " "
                + meeting.getTimeZone();
    }

    private String body(Meeting meeting, PersonSummary person, PersonSummary organiser, String method, String code) {
        StringBuilder body = new StringBuilder();
        body.append("Hello ").append(person.fullName()).append(",\n\n");
        String what = IcalDocuments.kindName(meeting.getKind()).toLowerCase(Locale.ENGLISH) + " meeting \""
                + meeting.getTitle() + "\"" + (code == null ? "" : " of project " + code);
        if (IcalDocuments.CANCEL.equals(method) && meeting.getState() != MeetingState.CANCELLED) {
            body.append("You were taken off the ").append(what).append(".\n\n");
        } else if (IcalDocuments.CANCEL.equals(method)) {
            body.append("The ").append(what).append(" was cancelled.\n\n");
        } else {
            body.append(organiser != null ? organiser.fullName()
                            : Optional.ofNullable(meeting.getOrganiserName()).orElse("The organiser"))
                    .append(meeting.getIcalSequence() > 0 ? " changed the " : " invites you to the ").append(what)
                    .append(".\n\n");
        }
        body.append("When: ").append(when(meeting)).append(" (").append(meeting.getDurationMinutes())
                .append(" minutes)\n");
        if (meeting.getPlace() != null) {
            body.append("Where: ").append(meeting.getPlace()).append('\n');
        }
        if (meeting.getVirtualLink() != null) {
            body.append("Join: ").append(meeting.getVirtualLink()).append('\n');
        }
        if (!IcalDocuments.CANCEL.equals(method) && !meeting.getAgenda().isEmpty()) {
            body.append("\nAgenda:\n");
            int number = 1;
            for (AgendaItem item : meeting.getAgenda()) {
                body.append(number++).append(". ").append(item.title()).append('\n');
            }
        }
        body.append("\nThe meeting: ").append(documents.pageOf(meeting)).append('\n');
        body.append("Answer there, or in your calendar; the invitation is attached (invite.ics).\n");
        return body.toString();
    }

    @Override
    public void start() {
        wakeups = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "meetings-invitation-wakeup");
            thread.setDaemon(true);
            return thread;
        });
        task.start();
    }

    @Override
    public void stop() {
        task.stop();
        ExecutorService executor = wakeups;
        wakeups = null;
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }
}
