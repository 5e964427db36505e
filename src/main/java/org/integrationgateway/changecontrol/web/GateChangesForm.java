package org.integrationgateway.changecontrol.web;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.VoteChoice;

/** The changes brought to a gate review, one row each: a decision (or none, leaving it undecided), gate and comment. */
class GateChangesForm {

    private List<Row> rows = new ArrayList<>();

    static GateChangesForm of(List<ChangeRequest> requests) {
        GateChangesForm form = new GateChangesForm();
        for (ChangeRequest request : requests) {
            Row row = new Row();
            row.setId(request.getId());
            row.setVersion(request.getVersion());
            form.rows.add(row);
        }
        return form;
    }

    /** The rows with a decision, as the domain takes them. */
    List<ChangeControl.GateChoice> choices() {
        return rows.stream().filter(row -> row.getId() != null && row.getOutcome() != null)
                .map(row -> new ChangeControl.GateChoice(row.getId(), row.getVersion(), row.getOutcome(),
                        row.getOutcome() == VoteChoice.DEFER ? row.getDeferToStage() : null, row.getComment()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    /** One change request brought to the review. */
    public static class Row {

        private Long id;
        private Long version;
        private VoteChoice outcome;
        private Integer deferToStage;
        private String comment;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public VoteChoice getOutcome() {
            return outcome;
        }

        public void setOutcome(VoteChoice outcome) {
            this.outcome = outcome;
        }

        public Integer getDeferToStage() {
            return deferToStage;
        }

        public void setDeferToStage(Integer deferToStage) {
            this.deferToStage = deferToStage;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
