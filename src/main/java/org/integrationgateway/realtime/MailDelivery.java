package org.integrationgateway.realtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the inbox's e-mail after the fact, from the committed notifications, so nothing is sent for a change that
 * rolled back and nothing is lost by a crash: a notification's {@code email_state} and {@code emailed_at} are
 * updated only after the SMTP server took the message (a crash between the two sends it again: at least once).
 * A pass runs right after the commit of an urgent notification (the commit wakes the worker) and every
 * {@code gateway.mail.interval} as the safety net, on one node at a time ({@link ClusterLock}):
 * <ol>
 * <li>urgent notifications (IMMEDIATE): e-mailed at once if the person is not online, has not read it and wants
 * urgent e-mail; otherwise they move to the digest (or are skipped when the person wants no e-mail, or read it);
 * urgent ones older than a day go to the digest instead (e.g. mail was off when they were made);</li>
 * <li>digests: a person not online whose unread, not yet e-mailed notifications have waited their digest interval
 * (hourly or daily, counted from the last digest, or from the oldest waiting notification) gets one e-mail listing
 * them.</li>
 * </ol>
 * Without {@code spring.mail.host} there is no mail sender: nothing is sent and that is logged once.
 */
@Component
class MailDelivery {

    static final String LOCK = "inbox-mail";
    static final Duration LEASE = Duration.ofMinutes(10);
    static final Duration URGENT_WINDOW = Duration.ofDays(1);
    static final int BATCH = 200;
    static final int DIGEST_ITEMS = 50;

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final JdbcTemplate jdbc;
    private final Inbox inbox;
    private final Presence presence;
    private final PersonDirectory people;
    private final MailComposer composer;
    private final ClusterLock lock;
    private final Clock clock;
    private final AtomicBoolean reportedOff = new AtomicBoolean();
    private final Counter failures;
    private final AtomicLong lastFailure = new AtomicLong();
    private final ReentrantLock passes = new ReentrantLock();

    MailDelivery(ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc, Inbox inbox, Presence presence,
                 PersonDirectory people, MailComposer composer, ClusterLock lock, Clock clock,
                 MeterRegistry registry) {
        this.failures = Counter.builder("gateway.mail.failures")
                .description("Mail passes of this node that the SMTP server failed").register(registry);
        TimeGauge.builder("gateway.mail.last.failure.timestamp", lastFailure, TimeUnit.MILLISECONDS, AtomicLong::get)
                .description("When a mail pass of this node last failed (0: never)").register(registry);
        this.senders = senders;
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.presence = presence;
        this.people = people;
        this.composer = composer;
        this.lock = lock;
        this.clock = clock;
    }

    /** True when an SMTP server is configured. */
    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    /** One pass at the current time; returns how many e-mails were sent (0 when another node runs the pass). */
    int deliver() {
        return deliver(Instant.now(clock));
    }

    /** One pass as of {@code now} (digest intervals are measured against it); returns how many e-mails were sent. */
    int deliver(Instant now) {
        return pass(now).sent();
    }

    /** What a pass did: whether it ran (false: another node held the lease) and how many e-mails it sent. */
    record Pass(boolean ran, int sent) {
    }

    /**
     * One pass as of {@code now}. Passes of this node's threads (the worker, a woken worker, a caller) wait for each
     * other instead of skipping, so a pass asked for while another runs still happens, after it; across nodes the
     * {@link ClusterLock} lease keeps them apart (the pass is skipped when another node holds it).
     */
    Pass pass(Instant now) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            if (reportedOff.compareAndSet(false, true)) {
                log.info("E-mail is off: no spring.mail.host is configured, so notifications are not e-mailed.");
            }
            return new Pass(true, 0);
        }
        AtomicInteger sent = new AtomicInteger();
        boolean ran;
        passes.lock();
        try {
            ran = lock.runExclusively(LOCK, LEASE, () -> {
                try {
                    sent.addAndGet(sendUrgent(sender, now));
                    sent.addAndGet(sendDigests(sender, now));
                } catch (MailException e) {
                    failures.increment();
                    lastFailure.set(Instant.now(clock).toEpochMilli());
                    log.warn("Sending notification e-mail failed; will retry on the next pass: {}", e.toString());
                }
            });
        } finally {
            passes.unlock();
        }
        return new Pass(ran, sent.get());
    }

    private int sendUrgent(JavaMailSender sender, Instant now) {
        List<Notification> pending = jdbc.query("select n.id, n.person_id, n.kind, n.title, n.link, n.project_id,"
                + " n.source, n.urgent, n.created_at, n.read_at, n.emailed_at from notification n"
                + " where n.email_state = 'IMMEDIATE' order by n.id limit ?", Inbox::notification, BATCH);
        int sent = 0;
        for (Notification notification : pending) {
            NotificationSettings settings = inbox.settings(notification.personId());
            Optional<PersonSummary> person = people.find(notification.personId());
            if (!notification.unread() || settings.emailMode() == EmailMode.OFF || person.isEmpty()
                    || person.get().email() == null) {
                state(notification.id(), "SKIPPED", null);
            } else if (settings.emailMode() == EmailMode.DIGEST_ONLY
                    || notification.createdAt().isBefore(now.minus(URGENT_WINDOW))
                    || presence.isOnline(notification.personId())) {
                state(notification.id(), "DIGEST", null);
            } else {
                sender.send(composer.urgent(sender, person.get().email(), person.get().fullName(), notification));
                state(notification.id(), "SENT", now);
                sent++;
            }
        }
        return sent;
    }

    private int sendDigests(JavaMailSender sender, Instant now) {
        List<Long> waiting = jdbc.queryForList("select distinct person_id from notification"
                + " where email_state = 'DIGEST' and read_at is null order by person_id", Long.class);
        int sent = 0;
        for (long personId : waiting) {
            NotificationSettings settings = inbox.settings(personId);
            Optional<PersonSummary> person = people.find(personId);
            if (settings.emailMode() == EmailMode.OFF || person.isEmpty() || person.get().email() == null) {
                jdbc.update("update notification set email_state = 'SKIPPED' where person_id = ? and email_state = 'DIGEST'",
                        personId);
                continue;
            }
            if (!digestDue(personId, settings.digestFrequency(), now) || presence.isOnline(personId)) {
                continue;
            }
            List<Notification> items = jdbc.query("select id, person_id, kind, title, link, project_id, source, urgent,"
                    + " created_at, read_at, emailed_at from notification where person_id = ? and email_state = 'DIGEST'"
                    + " and read_at is null order by id desc limit ?", Inbox::notification, personId, DIGEST_ITEMS);
            long unread = inbox.unreadCount(personId);
            sender.send(composer.digest(sender, person.get().email(), person.get().fullName(), items, unread));
            for (Notification item : items) {
                state(item.id(), "SENT", now);
            }
            digestSent(personId, now);
            sent++;
        }
        return sent;
    }

    private boolean digestDue(long personId, DigestFrequency frequency, Instant now) {
        List<Timestamp> lastDigest = jdbc.queryForList("select last_digest_at from notification_settings"
                + " where person_id = ?", Timestamp.class, personId);
        Timestamp last = lastDigest.isEmpty() ? null : lastDigest.get(0);
        Timestamp since = last != null ? last : jdbc.queryForObject("select min(created_at) from notification"
                + " where person_id = ? and email_state = 'DIGEST' and read_at is null", Timestamp.class, personId);
        return since == null || !since.toInstant().plus(frequency.interval()).isAfter(now);
    }

    private void digestSent(long personId, Instant now) {
        int updated = jdbc.update("update notification_settings set last_digest_at = ? where person_id = ?",
                Timestamp.from(now), personId);
        if (updated == 0) {
            NotificationSettings defaults = NotificationSettings.DEFAULTS;
            jdbc.update("insert into notification_settings (person_id, email_mode, digest_frequency, last_digest_at)"
                    + " values (?, ?, ?, ?)", personId, defaults.emailMode().name(), defaults.digestFrequency().name(),
                    Timestamp.from(now));
        }
    }

    private void state(long id, String state, Instant emailedAt) {
        jdbc.update("update notification set email_state = ?, emailed_at = ? where id = ?", state,
                emailedAt == null ? null : Timestamp.from(emailedAt), id);
    }
}
