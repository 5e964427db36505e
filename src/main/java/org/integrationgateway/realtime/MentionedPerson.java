package org.integrationgateway.realtime;

/** A person a comment mentions, with the handle that mentions them ({@code sofia.marin}). */
public record MentionedPerson(long personId, String name, String handle) {
}
