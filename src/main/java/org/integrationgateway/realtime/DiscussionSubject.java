package org.integrationgateway.realtime;

/**
 * A resolved discussion target: the project it belongs to, a label for people ({@code CR-12 Conveyor height}) and
 * the address of its page, where the discussion is embedded.
 */
public record DiscussionSubject(CommentTarget target, long projectId, String label, String url) {
}
