package org.integrationgateway.realtime;

/**
 * Why a person is notified: someone {@link #MENTIONED} them, they were {@link #ASSIGNED} to a project, a change
 * request or gate review needs their decision ({@link #DECISION_NEEDED}), a change request they raised was
 * {@link #DECIDED}, a decision they owe is {@link #OVERDUE}, or something they administer needs
 * {@link #ATTENTION} (e.g. a webhook endpoint disabled after failing).
 */
public enum NotificationKind {
    MENTIONED, ASSIGNED, DECISION_NEEDED, DECIDED, OVERDUE, ATTENTION
}
