package org.integrationgateway.meetings;

import java.time.Instant;
import org.integrationgateway.meetings.events.ReportingCadenceChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's reporting cadence once its manager chose one; a project without one reports {@link Cadence#DEFAULT}.
 */
@Table("reporting_cadence")
public class ReportingCadence extends AbstractAggregateRoot<ReportingCadence> {

    @Id
    private final Long projectId;
    private Cadence cadence;
    private String changedBy;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ReportingCadence(Long projectId, Cadence cadence, String changedBy, Instant changedAt, Long version) {
        this.projectId = projectId;
        this.cadence = cadence;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** The first choice of a project that reported the default so far. */
    static ReportingCadence first(long projectId, Cadence cadence, String by, Instant now) {
        ReportingCadence chosen = new ReportingCadence(projectId, Cadence.DEFAULT, by, now, null);
        chosen.change(cadence, by, now);
        return chosen;
    }

    void change(Cadence next, String by, Instant now) {
        registerEvent(new ReportingCadenceChanged(projectId, cadence.name(), next.name(), by));
        this.cadence = next;
        this.changedBy = by;
        this.changedAt = now;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getVersion() {
        return version;
    }
}
