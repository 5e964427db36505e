package org.integrationgateway.meetings.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.integrationgateway.meetings.Cadence;
import org.integrationgateway.meetings.Rag;
import org.integrationgateway.meetings.StatusReportDraft;

/** The HTML forms of status reports. */
final class StatusReportForms {

    private StatusReportForms() {
    }

    /** A new status report; the key risks one a line. */
    static class ReportForm {
        private LocalDate reportingDate;
        private Rag scope;
        private Rag schedule;
        private Rag cost;
        private Rag quality;
        private String narrative;
        private String keyRisks;

        StatusReportDraft draft() {
            List<String> risks = keyRisks == null ? List.of() : Arrays.stream(keyRisks.split("\\R")).toList();
            return new StatusReportDraft(reportingDate, scope, schedule, cost, quality, narrative, risks);
        }

        public LocalDate getReportingDate() {
            return reportingDate;
        }

        public void setReportingDate(LocalDate reportingDate) {
            this.reportingDate = reportingDate;
        }

        public Rag getScope() {
            return scope;
        }

        public void setScope(Rag scope) {
            this.scope = scope;
        }

        public Rag getSchedule() {
            return schedule;
        }

        public void setSchedule(Rag schedule) {
            this.schedule = schedule;
        }

        public Rag getCost() {
            return cost;
        }

        public void setCost(Rag cost) {
            this.cost = cost;
        }

        public Rag getQuality() {
            return quality;
        }

        public void setQuality(Rag quality) {
            this.quality = quality;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public String getKeyRisks() {
            return keyRisks;
        }

        public void setKeyRisks(String keyRisks) {
            this.keyRisks = keyRisks;
        }
    }

    /** The project's cadence, with the version of the current choice (empty while it reports the default). */
    static class CadenceForm {
        private Cadence cadence;
        private Long version;

        public Cadence getCadence() {
            return cadence;
        }

        public void setCadence(Cadence cadence) {
            this.cadence = cadence;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
