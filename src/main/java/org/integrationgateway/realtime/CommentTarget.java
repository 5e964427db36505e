package org.integrationgateway.realtime;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.regex.Pattern;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * A generic reference to what a discussion is about: a {@code kind} that a {@link DiscussionTargetKind} resolves
 * ({@code change-request}, {@code spec-item}, {@code gate-review}; later {@code quote}, {@code meeting}) and the id
 * of the thing in its owning module. Its {@link #topic()} is the stream topic live pages of the thing follow.
 */
@SuppressFBWarnings(value = "REDOS",
        justification = "Each repeated group starts with a literal separator, so a match is linear (no ambiguous "
                + "backtracking).")
public record CommentTarget(String kind, long id) {

    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");

    /**
     * @throws InvalidRequestException when the kind is not a lower-case hyphenated word or the id is not positive
     */
    public CommentTarget {
        if (kind == null || kind.length() > 40 || !KIND.matcher(kind).matches()) {
            throw new InvalidRequestException("kind", "Not a kind of discussion target: " + kind + ".");
        }
        if (id < 1) {
            throw new InvalidRequestException("id", "A discussion target's id is a positive number.");
        }
    }

    public static CommentTarget of(String kind, long id) {
        return new CommentTarget(kind, id);
    }

    /** The stream topic of the target, e.g. {@code change-request:12}. */
    public String topic() {
        return Topics.of(kind, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
