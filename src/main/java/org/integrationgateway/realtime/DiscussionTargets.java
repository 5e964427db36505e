package org.integrationgateway.realtime;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Resolves {@link CommentTarget}s through the {@link DiscussionTargetKind} of their kind. An unknown kind, an
 * unknown id and a thing the signed-in person may not read all answer {@link NotFoundException}: whether something
 * exists is itself not disclosed to someone who may not read it.
 */
@Component
public class DiscussionTargets {

    private final Map<String, DiscussionTargetKind> kinds;

    DiscussionTargets(List<DiscussionTargetKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(DiscussionTargetKind::kind, Function.identity()));
    }

    /**
     * The subject of {@code target} when the signed-in person may read it.
     *
     * @throws NotFoundException for an unknown kind or id, or a target the person may not read
     */
    public DiscussionSubject readable(CommentTarget target) {
        DiscussionTargetKind kind = kinds.get(target.kind());
        if (kind == null) {
            throw notFound(target);
        }
        DiscussionSubject subject = kind.find(target.id()).orElseThrow(() -> notFound(target));
        if (!kind.mayRead(subject)) {
            throw notFound(target);
        }
        return subject;
    }

    /** Whether the signed-in person may read {@code target}; false for unknown targets. */
    public boolean mayRead(CommentTarget target) {
        try {
            readable(target);
            return true;
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    /** The kinds people can discuss, e.g. for documentation and validation. */
    public java.util.Set<String> kinds() {
        return kinds.keySet();
    }

    private static NotFoundException notFound(CommentTarget target) {
        return new NotFoundException("Discussion target", target.toString());
    }
}
