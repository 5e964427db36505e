package org.integrationgateway.realtime;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion threads on any {@link CommentTarget}: reading a thread (oldest first, paged), posting a comment and
 * editing one's own. Whoever may read the target may read and join its discussion; a target they may not read
 * answers 404 as if it did not exist. The signed-in account must belong to a person of the organisation to post.
 * Mentions are resolved when a text is saved and stored with it; posting and editing publish audited events,
 * which also go on the event stream in the same transaction.
 */
@Service
@Transactional
public class Discussions {

    /** Oldest first; ties (same instant) by id. */
    public static final Sort ORDER = Sort.by(Sort.Direction.ASC, "createdAt", "id");

    private final Comments comments;
    private final DiscussionTargets targets;
    private final MentionDirectory mentionDirectory;
    private final PersonDirectory people;
    private final CommentMarkdown markdown;
    private final Clock clock;

    Discussions(Comments comments, DiscussionTargets targets, MentionDirectory mentionDirectory, PersonDirectory people,
                CommentMarkdown markdown, Clock clock) {
        this.comments = comments;
        this.targets = targets;
        this.mentionDirectory = mentionDirectory;
        this.people = people;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * The target as the signed-in person may see it.
     *
     * @throws NotFoundException for an unknown target or one they may not read
     */
    @Transactional(readOnly = true)
    public DiscussionSubject subject(CommentTarget target) {
        return targets.readable(target);
    }

    /** A page of the target's comments, oldest first (the pageable's sort is replaced by {@link #ORDER}). */
    @Transactional(readOnly = true)
    public Page<CommentView> thread(CommentTarget target, Pageable pageable) {
        targets.readable(target);
        Page<Comment> page = comments.findByTargetKindAndTargetId(target.kind(), target.id(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER));
        return views(page);
    }

    /** One comment, when the signed-in person may read its target. */
    @Transactional(readOnly = true)
    public CommentView comment(long id) {
        Comment comment = load(id);
        return views(List.of(comment)).get(0);
    }

    /**
     * Posts {@code body} (Markdown) as the signed-in person on {@code target}.
     *
     * @throws NotFoundException for an unknown target or one the person may not read
     * @throws NotPermittedException when the account belongs to no person
     * @throws org.integrationgateway.shared.InvalidRequestException for a blank or too long text
     */
    public CommentView post(CommentTarget target, String body) {
        DiscussionSubject subject = targets.readable(target);
        PersonSummary author = currentPerson();
        Comment comment = Comment.write(subject, author.id(), body, mentioned(body), Instant.now(clock));
        comment = comments.save(comment);
        comment.posted(subject, author.fullName());
        return views(List.of(comments.save(comment))).get(0);
    }

    /**
     * Replaces the text of the signed-in person's own comment, based on {@code expectedVersion}.
     *
     * @throws NotFoundException for an unknown comment or one on a target the person may not read
     * @throws NotPermittedException when the person is not its author
     * @throws org.integrationgateway.shared.ConflictException when the comment changed since {@code expectedVersion}
     */
    public CommentView edit(long id, Long expectedVersion, String body) {
        Comment comment = load(id);
        DiscussionSubject subject = targets.readable(comment.target());
        PersonSummary editor = currentPerson();
        String text = body == null ? null : body.strip();
        if (comment.edit(editor.id(), expectedVersion, body, mentioned(text), subject, editor.fullName(),
                Instant.now(clock))) {
            comment = comments.save(comment);
        }
        return views(List.of(comment)).get(0);
    }

    private Comment load(long id) {
        Comment comment = comments.findById(id).orElseThrow(() -> new NotFoundException("Comment", id));
        try {
            targets.readable(comment.target());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("Comment", id);
        }
        return comment;
    }

    private Collection<Long> mentioned(String body) {
        return mentionDirectory.mentionedIn(body).values().stream().map(PersonSummary::id).distinct().toList();
    }

    private PersonSummary currentPerson() {
        return CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId()))
                .orElseThrow(() -> new NotPermittedException("no-person", "Only people of the organisation take part in "
                        + "discussions, and this account belongs to no person."));
    }

    private Long currentPersonId() {
        return CurrentUser.get().flatMap(user -> people.findByUserAccount(user.accountId())).map(PersonSummary::id)
                .orElse(null);
    }

    private Page<CommentView> views(Page<Comment> page) {
        List<CommentView> views = views(page.getContent());
        return new org.springframework.data.domain.PageImpl<>(views, page.getPageable(), page.getTotalElements());
    }

    private List<CommentView> views(List<Comment> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(comment -> {
            ids.add(comment.getAuthor());
            ids.addAll(comment.mentionedPersonIds());
        });
        Map<Long, PersonSummary> known = people.findAll(ids);
        Long me = currentPersonId();
        return list.stream().map(comment -> {
            List<PersonSummary> mentioned = comment.mentionedPersonIds().stream().map(known::get)
                    .filter(java.util.Objects::nonNull).toList();
            PersonSummary author = known.get(comment.getAuthor());
            return new CommentView(comment.getId(), comment.target(), comment.getAuthor(),
                    author == null ? "#" + comment.getAuthor() : author.fullName(), comment.getBody(),
                    markdown.render(comment.getBody(), mentioned),
                    mentioned.stream().map(p -> new MentionedPerson(p.id(), p.fullName(),
                            MentionParser.handleOf(p.email()))).toList(),
                    comment.getCreatedAt(), comment.getEditedAt(), comment.getVersion(), comment.isBy(me));
        }).toList();
    }
}
