package org.integrationgateway.realtime;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.UserAccountQuery;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * People's inboxes. Notifications are added in the transaction of the change that caused them (they commit or roll
 * back with it), at most once per person, kind, source and trigger, never to the person who caused the change, and
 * each one is appended to the event stream as a {@link StreamAudience#PERSON} event {@value #STREAM_TYPE} on the
 * topic {@code person:<id>}, so open pages update their unread counter live. E-mail is sent after the commit by
 * the mail worker, which the commit of an urgent notification wakes at once. A person reads, and marks read, only their own notifications.
 */
@Service
public class Inbox {

    public static final String STREAM_TYPE = "inbox.notification";
    static final int MAX_TITLE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_SOURCE = 100;

    private static final String COLUMNS = "id, person_id, kind, title, link, project_id, source, urgent, created_at,"
            + " read_at, emailed_at";

    private final JdbcTemplate jdbc;
    private final EventStream stream;
    private final PersonDirectory people;
    private final AccountManagement accounts;
    private final StreamSignals signals;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, EventStream stream, PersonDirectory people, AccountManagement accounts,
          StreamSignals signals, Clock clock) {
        this.accounts = accounts;
        this.signals = signals;
        this.jdbc = jdbc;
        this.stream = stream;
        this.people = people;
        this.clock = clock;
    }

    /** What the stream carries for a new notification (no secrets: what the inbox page shows). */
    public record Appended(long id, String kind, String title, String link, Long projectId, String source,
                           Instant createdAt, long unread) {
    }

    /**
     * Notifies the people mentioned in a comment (or anything else that mentions people). {@code source} names what
     * the mention is in (e.g. {@code change-request:12}), {@code triggerId} the mentioning thing (e.g. the comment
     * id): the same trigger never notifies a person twice. The author is never notified of their own mention.
     *
     * @return the ids of the notifications added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> notifyMentioned(List<Long> personIds, String title, String link, Long projectId, String source,
                                      Object triggerId) {
        return notify(personIds, NotificationKind.MENTIONED, title, link, projectId, source,
                String.valueOf(Objects.requireNonNull(triggerId, "triggerId")), false);
    }

    /**
     * Notifies every enabled administrator who is a person of the organisation that something needs their
     * attention (urgent: e-mailed at once when they are not online). Administrators without a person record
     * see the matter in the audit log and the stream's {@code administration} topic only.
     *
     * @return the ids of the notifications added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> notifyAdministrators(String title, String link, String source, String triggerId) {
        List<Long> administrators = accounts.search(new UserAccountQuery(null, Role.ADMINISTRATOR, true),
                        org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                .map(account -> people.findByUserAccount(account.id()).map(PersonSummary::id).orElse(null))
                .filter(Objects::nonNull).toList();
        return notify(administrators, NotificationKind.ATTENTION, title, link, null, source, triggerId, true);
    }

    /**
     * Adds a notification for each of {@code personIds} (except the person acting now), in the current transaction.
     *
     * @return the ids of the notifications added (people already notified of this trigger are left out)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> notify(Collection<Long> personIds, NotificationKind kind, String title, String link,
                             Long projectId, String source, String triggerId, boolean urgent) {
        Objects.requireNonNull(kind, "kind");
        String safeTitle = clip(Objects.requireNonNull(title, "title").strip(), MAX_TITLE);
        String safeLink = checkedLink(link);
        String safeSource = clip(Objects.requireNonNull(source, "source"), MAX_SOURCE);
        String safeTrigger = clip(Objects.requireNonNull(triggerId, "triggerId"), MAX_SOURCE);
        Long actor = actingPerson().orElse(null);
        Set<Long> recipients = new LinkedHashSet<>();
        personIds.stream().filter(Objects::nonNull).filter(id -> !id.equals(actor)).forEach(recipients::add);
        Instant now = Instant.now(clock);
        List<Long> added = new java.util.ArrayList<>();
        for (long person : recipients) {
            insert(person, kind, safeTitle, safeLink, projectId, safeSource, safeTrigger, urgent, now).ifPresent(id -> {
                added.add(id);
                stream.append(StreamAppend.personal(STREAM_TYPE, person, projectId, new Appended(id, kind.name(),
                        safeTitle, safeLink, projectId, safeSource, now, unreadCount(person))));
            });
        }
        if (urgent && !added.isEmpty()) {
            wakeMailAfterCommit();
        }
        return added;
    }

    /**
     * Urgent e-mail goes out right after the commit, not at the mail worker's next interval: the commit wakes this
     * node's mail worker (nothing is woken, and so nothing sent, for a transaction that rolls back).
     */
    private void wakeMailAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signals.urgentNotified();
                }
            });
        }
    }

    private Optional<Long> insert(long person, NotificationKind kind, String title, String link, Long projectId,
                                  String source, String trigger, boolean urgent, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        int inserted = jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    insert into notification (person_id, kind, title, link, project_id, source, trigger_id, urgent,
                                              email_state, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing""", new String[] {"id"});
            statement.setLong(1, person);
            statement.setString(2, kind.name());
            statement.setString(3, title);
            statement.setString(4, link);
            statement.setObject(5, projectId);
            statement.setString(6, source);
            statement.setString(7, trigger);
            statement.setBoolean(8, urgent);
            statement.setString(9, urgent ? "IMMEDIATE" : "DIGEST");
            statement.setTimestamp(10, Timestamp.from(now));
            return statement;
        }, keys);
        Number key = keys.getKey();
        if (inserted == 0 || key == null) {
            return Optional.empty();
        }
        return Optional.of(key.longValue());
    }

    /** A page of the person's notifications, newest first; with {@code unreadOnly} only the unread ones. */
    @SuppressFBWarnings(value = "SQL_INJECTION_SPRING_JDBC",
            justification = "The column list and the unread condition are constants; the person and the page are "
                    + "bound parameters.")
    @Transactional(readOnly = true)
    public Page<Notification> notifications(long personId, boolean unreadOnly, Pageable pageable) {
        String where = " where person_id = ?" + (unreadOnly ? " and read_at is null" : "");
        Long total = jdbc.queryForObject("select count(*) from notification" + where, Long.class, personId);
        List<Notification> content = jdbc.query("select " + COLUMNS + " from notification" + where
                + " order by id desc limit ? offset ?", Inbox::notification, personId, pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** How many of the person's notifications are unread. */
    @Transactional(readOnly = true)
    public long unreadCount(long personId) {
        Long count = jdbc.queryForObject("select count(*) from notification where person_id = ? and read_at is null",
                Long.class, personId);
        return count == null ? 0 : count;
    }

    /** One of the person's own notifications; another person's answers as not found. */
    @Transactional(readOnly = true)
    public Notification notification(long personId, long id) {
        return jdbc.query("select " + COLUMNS + " from notification where id = ? and person_id = ?",
                Inbox::notification, id, personId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    /** Marks one of the person's own notifications read (again: no change); another person's is not found. */
    @Transactional
    public Notification markRead(long personId, long id) {
        notification(personId, id);
        jdbc.update("update notification set read_at = ? where id = ? and person_id = ? and read_at is null",
                Timestamp.from(Instant.now(clock)), id, personId);
        return notification(personId, id);
    }

    /** Marks all of the person's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(long personId) {
        return jdbc.update("update notification set read_at = ? where person_id = ? and read_at is null",
                Timestamp.from(Instant.now(clock)), personId);
    }

    /** The person's e-mail preferences (the defaults until they change them). */
    @Transactional(readOnly = true)
    public NotificationSettings settings(long personId) {
        return jdbc.query("select email_mode, digest_frequency from notification_settings where person_id = ?",
                (row, n) -> new NotificationSettings(EmailMode.valueOf(row.getString("email_mode")),
                        DigestFrequency.valueOf(row.getString("digest_frequency"))), personId)
                .stream().findFirst().orElse(NotificationSettings.DEFAULTS);
    }

    /**
     * Changes the person's e-mail preferences.
     *
     * @throws InvalidRequestException for a missing mode or frequency
     */
    @Transactional
    public NotificationSettings changeSettings(long personId, EmailMode mode, DigestFrequency frequency) {
        if (mode == null) {
            throw new InvalidRequestException("emailMode", "Choose how you want to be e-mailed.");
        }
        if (frequency == null) {
            throw new InvalidRequestException("digestFrequency", "Choose how often a digest may come.");
        }
        int updated = jdbc.update("update notification_settings set email_mode = ?, digest_frequency = ?"
                + " where person_id = ?", mode.name(), frequency.name(), personId);
        if (updated == 0) {
            jdbc.update("insert into notification_settings (person_id, email_mode, digest_frequency) values (?, ?, ?)",
                    personId, mode.name(), frequency.name());
        }
        return new NotificationSettings(mode, frequency);
    }

    /** The person whose inbox the signed-in user reads, if their account belongs to one. */
    public Optional<Long> personOf(CurrentUser user) {
        return people.findByUserAccount(user.accountId()).map(PersonSummary::id);
    }

    /** The person acting in the current request (null-safe for scheduled work, which acts as nobody). */
    Optional<Long> actingPerson() {
        return CurrentUser.get().flatMap(this::personOf);
    }

    static Notification notification(ResultSet row, int rowNum) throws SQLException {
        long project = row.getLong("project_id");
        Long projectId = row.wasNull() ? null : project;
        return new Notification(row.getLong("id"), row.getLong("person_id"), NotificationKind.valueOf(row.getString("kind")),
                row.getString("title"), row.getString("link"), projectId, row.getString("source"),
                row.getBoolean("urgent"), instant(row, "created_at"), instant(row, "read_at"),
                instant(row, "emailed_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Only relative links within the application: never an address elsewhere (e-mails prefix the base URL). */
    static String checkedLink(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")
                || link.length() > MAX_LINK || link.chars().anyMatch(c -> c < 0x21)) {
            throw new IllegalArgumentException("A notification links to a page of the application: " + link);
        }
        return link;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
