package org.integrationgateway.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.meetings.events.StatusReportSnapshot;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's status report for one reporting period. Its rules live here: all four ratings are given, the narrative
 * is 1 to {@value #MAX_NARRATIVE} characters of Markdown, and there are at most {@value #MAX_RISKS} key risks of at
 * most {@value #MAX_RISK} characters each (blank ones are left out). A published report is a record of its period and
 * is not edited; that there is only one per project and period is checked by the application service against the
 * others (and by the database).
 */
@Table("status_report")
public class StatusReport extends AbstractAggregateRoot<StatusReport> {

    public static final int MAX_NARRATIVE = 20_000;
    public static final int MAX_RISKS = 10;
    public static final int MAX_RISK = 500;

    @Id
    private Long id;
    private final long projectId;
    private final Cadence cadence;
    private final java.time.LocalDate periodStart;
    private final java.time.LocalDate periodEnd;
    private final Rag scope;
    private final Rag schedule;
    private final Rag cost;
    private final Rag quality;
    private final String narrative;
    private final Long authorId;
    private final String authorName;
    private final Instant publishedAt;
    @MappedCollection(idColumn = "status_report", keyColumn = "position")
    private final List<KeyRisk> keyRisks;
    @Version
    private Long version;

    @PersistenceCreator
    StatusReport(Long id, long projectId, Cadence cadence, java.time.LocalDate periodStart,
                 java.time.LocalDate periodEnd, Rag scope, Rag schedule, Rag cost, Rag quality, String narrative,
                 Long authorId, String authorName, Instant publishedAt, List<KeyRisk> keyRisks, Long version) {
        this.id = id;
        this.projectId = projectId;
        this.cadence = cadence;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.scope = scope;
        this.schedule = schedule;
        this.cost = cost;
        this.quality = quality;
        this.narrative = narrative;
        this.authorId = authorId;
        this.authorName = authorName;
        this.publishedAt = publishedAt;
        this.keyRisks = keyRisks == null ? new ArrayList<>() : new ArrayList<>(keyRisks);
        this.version = version;
    }

    /**
     * A new report of {@code projectId} for {@code period} (of {@code cadence}), checked as the class says.
     *
     * @throws InvalidRequestException naming the field that is missing or too long
     */
    static StatusReport write(long projectId, Cadence cadence, ReportingPeriod period, StatusReportDraft draft,
                              Long authorId, String authorName, Instant now) {
        Rag scope = required("scope", draft.scope());
        Rag schedule = required("schedule", draft.schedule());
        Rag cost = required("cost", draft.cost());
        Rag quality = required("quality", draft.quality());
        String narrative = Inputs.text("narrative", draft.narrative(), MAX_NARRATIVE, true);
        List<KeyRisk> risks = risks(draft.keyRisks());
        return new StatusReport(null, projectId, cadence, period.start(), period.end(), scope, schedule, cost, quality,
                narrative, authorId, authorName, now, risks, null);
    }

    private static Rag required(String field, Rag rag) {
        if (rag == null) {
            throw new InvalidRequestException(field, "Rate the " + field + " red, amber or green.");
        }
        return rag;
    }

    private static List<KeyRisk> risks(List<String> texts) {
        List<KeyRisk> risks = new ArrayList<>();
        if (texts == null) {
            return risks;
        }
        for (String text : texts) {
            String risk = Inputs.text("keyRisks", text, MAX_RISK, false);
            if (risk != null) {
                risks.add(new KeyRisk(risk));
            }
        }
        if (risks.size() > MAX_RISKS) {
            throw new InvalidRequestException("keyRisks", "At most " + MAX_RISKS + " key risks, please (this has "
                    + risks.size() + ").");
        }
        return risks;
    }

    public StatusReportSnapshot snapshot() {
        return new StatusReportSnapshot(id == null ? 0 : id, projectId, cadence.name(), periodStart, periodEnd,
                scope.name(), schedule.name(), cost.name(), quality.name(), keyRisks.size(), authorId, authorName,
                publishedAt);
    }

    public ReportingPeriod period() {
        return new ReportingPeriod(periodStart, periodEnd);
    }

    /** The worst of the four ratings. */
    public Rag overall() {
        Rag worst = Rag.GREEN;
        for (Rag rag : List.of(scope, schedule, cost, quality)) {
            if (rag.ordinal() < worst.ordinal()) {
                worst = rag;
            }
        }
        return worst;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public java.time.LocalDate getPeriodStart() {
        return periodStart;
    }

    public java.time.LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Rag getScope() {
        return scope;
    }

    public Rag getSchedule() {
        return schedule;
    }

    public Rag getCost() {
        return cost;
    }

    public Rag getQuality() {
        return quality;
    }

    public String getNarrative() {
        return narrative;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> getKeyRisks() {
        return keyRisks.stream().map(KeyRisk::text).toList();
    }

    public Long getVersion() {
        return version;
    }
}
