package org.integrationgateway.portfolio.events;

/** A program as recorded in audit entries and events. */
public record ProgramSnapshot(Long id, String code, String name, String description) {
}
