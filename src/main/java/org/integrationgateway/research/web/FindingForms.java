package org.integrationgateway.research.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.integrationgateway.research.ActionInput;
import org.integrationgateway.research.BearingInput;
import org.integrationgateway.research.Confidence;
import org.integrationgateway.research.EvidenceSource;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingDraft;

/** The HTML forms of a finding: its facts, its interpretation (bearing rows) and its three actions. */
final class FindingForms {

    private FindingForms() {
    }

    /** Splits text on whitespace, commas and {@code |} into non-blank parts. */
    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,|]+")).filter(s -> !s.isBlank()).toList();
    }

    /** The facts of a finding. Links are one per line. */
    static class FactsForm {
        private String title;
        private String summary;
        private EvidenceSource source;
        private String segment;
        private String evidence;
        private String links;
        private Integer sampleSize;
        private Confidence confidence;
        private LocalDate observedOn;
        private Long version;

        static FactsForm of(Finding finding) {
            FactsForm form = new FactsForm();
            form.title = finding.getTitle();
            form.summary = finding.getSummary();
            form.source = finding.getSource();
            form.segment = finding.getSegment();
            form.evidence = finding.getEvidence();
            form.links = String.join("\n", finding.getLinks());
            form.sampleSize = finding.getSampleSize();
            form.confidence = finding.getConfidence();
            form.observedOn = finding.getObservedOn();
            form.version = finding.getVersion();
            return form;
        }

        FindingDraft draft() {
            List<String> urls = links == null ? List.of()
                    : Arrays.stream(links.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new FindingDraft(title, summary, source, segment, evidence, urls, sampleSize, confidence, observedOn);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public EvidenceSource getSource() { return source; }
        public void setSource(EvidenceSource source) { this.source = source; }
        public String getSegment() { return segment; }
        public void setSegment(String segment) { this.segment = segment; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
        public String getLinks() { return links; }
        public void setLinks(String links) { this.links = links; }
        public Integer getSampleSize() { return sampleSize; }
        public void setSampleSize(Integer sampleSize) { this.sampleSize = sampleSize; }
        public Confidence getConfidence() { return confidence; }
        public void setConfidence(Confidence confidence) { this.confidence = confidence; }
        public LocalDate getObservedOn() { return observedOn; }
        public void setObservedOn(LocalDate observedOn) { this.observedOn = observedOn; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** One row of the interpretation editor; a row without a project is ignored (the blank rows to add more). */
    public static class BearingRow {
        private Long projectId;
        private String itemKey;
        private String how;
        private boolean contradicts;

        public Long getProjectId() { return projectId; }
        public void setProjectId(Long projectId) { this.projectId = projectId; }
        public String getItemKey() { return itemKey; }
        public void setItemKey(String itemKey) { this.itemKey = itemKey; }
        public String getHow() { return how; }
        public void setHow(String how) { this.how = how; }
        public boolean isContradicts() { return contradicts; }
        public void setContradicts(boolean contradicts) { this.contradicts = contradicts; }

        boolean blank() {
            return projectId == null && (itemKey == null || itemKey.isBlank()) && (how == null || how.isBlank())
                    && !contradicts;
        }
    }

    /** The interpretation: up to {@link Finding#MAX_BEARINGS} rows, the version it is based on. */
    static class InterpretationForm {
        static final int BLANK_ROWS = 3;

        private List<BearingRow> bearings = new ArrayList<>();
        private Long version;

        static InterpretationForm of(Finding finding) {
            InterpretationForm form = new InterpretationForm();
            finding.getBearings().forEach(b -> {
                BearingRow row = new BearingRow();
                row.projectId = b.project();
                row.itemKey = b.itemKey();
                row.how = b.how();
                row.contradicts = b.contradicts();
                form.bearings.add(row);
            });
            form.version = finding.getVersion();
            return form.padded();
        }

        /** Adds blank rows to fill in, up to the maximum. */
        InterpretationForm padded() {
            int blanks = (int) bearings.stream().filter(BearingRow::blank).count();
            while (blanks < BLANK_ROWS && bearings.size() < Finding.MAX_BEARINGS) {
                bearings.add(new BearingRow());
                blanks++;
            }
            return this;
        }

        List<BearingInput> inputs() {
            return bearings.stream().filter(row -> !row.blank())
                    .map(row -> new BearingInput(row.projectId, row.itemKey, row.how, row.contradicts)).toList();
        }

        public List<BearingRow> getBearings() { return bearings; }
        public void setBearings(List<BearingRow> bearings) { this.bearings = bearings; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** Raise a change request: the project (one of the bearings), title, class, target stage, affected items. */
    static class ChangeForm {
        private Long projectId;
        private String title;
        private String changeClass = "NORMAL";
        private Integer targetStage;
        private String affectedItemKeys;
        private Long version;

        ActionInput input() {
            return new ActionInput(projectId, title, null, changeClass, targetStage, split(affectedItemKeys));
        }

        public Long getProjectId() { return projectId; }
        public void setProjectId(Long projectId) { this.projectId = projectId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getChangeClass() { return changeClass; }
        public void setChangeClass(String changeClass) { this.changeClass = changeClass; }
        public Integer getTargetStage() { return targetStage; }
        public void setTargetStage(Integer targetStage) { this.targetStage = targetStage; }
        public String getAffectedItemKeys() { return affectedItemKeys; }
        public void setAffectedItemKeys(String affectedItemKeys) { this.affectedItemKeys = affectedItemKeys; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** Link spec items of a project as supported by the finding (keys separated by spaces or commas). */
    static class EvidenceForm {
        private Long projectId;
        private String itemKeys;
        private Long version;

        public Long getProjectId() { return projectId; }
        public void setProjectId(Long projectId) { this.projectId = projectId; }
        public String getItemKeys() { return itemKeys; }
        public void setItemKeys(String itemKeys) { this.itemKeys = itemKeys; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** Dismiss with a reason. */
    static class DismissForm {
        private String reason;
        private Long version;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }
}
