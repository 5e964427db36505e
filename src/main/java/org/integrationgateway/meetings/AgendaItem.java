package org.integrationgateway.meetings;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of a meeting's agenda: its section, a title, an optional note, what it refers to ({@code referenceKind}
 * CHANGE_REQUEST, GATE_REVIEW, STATUS_REPORT, ACTION_ITEM or FINDING with its id; none for items added by hand), and
 * whether the {@link AgendaBuilder} generated it (a refresh replaces generated items and keeps the others).
 */
@Table("meeting_agenda_item")
public record AgendaItem(AgendaSection section, String title, String note, String referenceKind, Long referenceId,
                         boolean generated) {
}
