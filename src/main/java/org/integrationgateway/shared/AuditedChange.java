package org.integrationgateway.shared;

/**
 * A domain event that the audit log records in the transaction that published it.
 * {@code before} and {@code after} are snapshots (records or maps) serialised as JSON;
 * {@code before} is null for a creation and {@code after} null for a deletion.
 * Snapshots must never contain secrets (password hashes, token hashes).
 */
public interface AuditedChange {

    String entityType();

    String entityId();

    String action();

    Object before();

    Object after();
}
