package org.integrationgateway.realtime;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.integrationgateway.realtime.events.CommentEdited;
import org.integrationgateway.realtime.events.CommentPosted;
import org.integrationgateway.realtime.events.CommentSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A comment in the discussion of a {@link CommentTarget}: its author (a person), its Markdown text (required, at
 * most {@link #MAX_BODY} characters, no control characters but line breaks and tabs), the people it mentions, when it was posted and last edited. Only the author
 * edits it, from the version they saw; posting and every edit are audited events.
 */
@Table("discussion_comment")
public class Comment extends AbstractAggregateRoot<Comment> {

    /**
     * At most this many characters: with JSON escaping at most doubling a text, the audit log's before and after
     * snapshots of a comment stay within their 16,000 characters.
     */
    public static final int MAX_BODY = 7_000;

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    @Id
    private Long id;
    private final String targetKind;
    private final long targetId;
    private final long projectId;
    private final long author;
    private String body;
    private final Instant createdAt;
    private Instant editedAt;
    @MappedCollection(idColumn = "comment")
    private Set<CommentMention> mentions;
    @Version
    private Long version;

    @PersistenceCreator
    Comment(Long id, String targetKind, long targetId, long projectId, long author, String body, Instant createdAt,
            Instant editedAt, Set<CommentMention> mentions, Long version) {
        this.id = id;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.projectId = projectId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
        this.editedAt = editedAt;
        this.mentions = mentions == null ? new LinkedHashSet<>() : new LinkedHashSet<>(mentions);
        this.version = version;
    }

    /**
     * A new comment by {@code author} on {@code subject}, mentioning {@code mentioned} (not yet saved, so without
     * id; {@link #posted} registers the event once it has one).
     *
     * @throws InvalidRequestException when the text is blank or longer than {@link #MAX_BODY}
     */
    static Comment write(DiscussionSubject subject, long author, String body, Collection<Long> mentioned, Instant now) {
        String text = checkedBody(body);
        return new Comment(null, subject.target().kind(), subject.target().id(), subject.projectId(), author, text, now,
                null, mentionsOf(mentioned), null);
    }

    /** Registers {@link CommentPosted} for this newly saved comment. */
    void posted(DiscussionSubject subject, String authorName) {
        registerEvent(new CommentPosted(id, targetKind, targetId, projectId, subject.label(), subject.url(), author,
                authorName, body, mentionedPersonIds(), createdAt));
    }

    /**
     * Replaces the text with {@code newBody} (mentioning {@code mentioned}); only the author may. Returns false and
     * changes nothing when the text is the same.
     *
     * @throws NotPermittedException when {@code editor} is not the author
     * @throws ConflictException when {@code expectedVersion} is not the current version
     * @throws InvalidRequestException when the new text is blank or too long, or no version is given
     */
    boolean edit(long editor, Long expectedVersion, String newBody, Collection<Long> mentioned,
                 DiscussionSubject subject, String authorName, Instant now) {
        if (editor != author) {
            throw new NotPermittedException("not-author", "Only the author of a comment may edit it.");
        }
        if (expectedVersion == null) {
            throw new InvalidRequestException("version", "Give the version of the comment you edited.");
        }
        if (!Objects.equals(expectedVersion, version)) {
            throw ConflictException.staleVersion("The comment");
        }
        String text = checkedBody(newBody);
        if (text.equals(body)) {
            return false;
        }
        CommentSnapshot previous = snapshot();
        List<Long> before = mentionedPersonIds();
        body = text;
        editedAt = now;
        mentions = mentionsOf(mentioned);
        List<Long> added = mentionedPersonIds().stream().filter(person -> !before.contains(person)).toList();
        registerEvent(new CommentEdited(id, targetKind, targetId, projectId, subject.label(), subject.url(), author,
                authorName, body, added, now, previous, snapshot()));
        return true;
    }

    public boolean isBy(Long person) {
        return person != null && person == author;
    }

    public CommentSnapshot snapshot() {
        return new CommentSnapshot(id, targetKind, targetId, projectId, author, body, mentionedPersonIds(), createdAt,
                editedAt);
    }

    /** The people mentioned, in ascending id order. */
    public List<Long> mentionedPersonIds() {
        return mentions.stream().map(CommentMention::person).sorted().toList();
    }

    public CommentTarget target() {
        return new CommentTarget(targetKind, targetId);
    }

    private static String checkedBody(String body) {
        String text = Inputs.text("body", body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n'),
                MAX_BODY, true);
        if (CONTROL.matcher(text).find()) {
            throw new InvalidRequestException("body", "The text contains control characters; remove them, please.");
        }
        return text;
    }

    private static Set<CommentMention> mentionsOf(Collection<Long> people) {
        Set<CommentMention> set = new LinkedHashSet<>();
        people.stream().filter(Objects::nonNull).distinct().sorted().forEach(person -> set.add(new CommentMention(person)));
        return set;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    /** The events registered since loading, published when the aggregate is saved. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long getVersion() {
        return version;
    }
}
