package org.integrationgateway.realtime;

/**
 * Who may receive a stream event, checked for every event and every subscriber at delivery time (rights can change
 * while a stream is open). {@link #INTERNAL}: staff only, never customer contacts. {@link #CUSTOMER}: staff and the
 * contacts of the event's organisation. {@link #PERSON}: only the person the event is addressed to (their inbox).
 * {@link #ADMINISTRATORS}: administrators only.
 */
public enum StreamAudience {
    INTERNAL, CUSTOMER, PERSON, ADMINISTRATORS
}
