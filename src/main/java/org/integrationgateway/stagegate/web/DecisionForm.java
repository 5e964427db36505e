package org.integrationgateway.stagegate.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;

/**
 * The decision form. It offers {@link #CONDITION_ROWS} condition rows; blank rows are ignored and the filled ones
 * move to the front before the decision is taken, so that an error the domain reports for
 * {@code conditions[i]} lands on the row the user sees as row i.
 */
class DecisionForm {

    private Decision decision;
    private String rationale;
    private String overrideJustification;
    static final int CONDITION_ROWS = 3;

    private List<ConditionRow> conditions = blankRows(CONDITION_ROWS);
    private List<Integer> reopen = new ArrayList<>();
    private Long version;

    DecisionInput input() {
        List<ConditionRow> filled = conditions.stream().filter(row -> !row.blank()).toList();
        List<ConditionRow> rows = new ArrayList<>(filled);
        rows.addAll(blankRows(Math.max(0, CONDITION_ROWS - filled.size())));
        conditions = rows;
        List<DecisionInput.Condition> taken = filled.stream()
                .map(row -> new DecisionInput.Condition(row.getText(), row.getOwnerId(), row.getDueOn())).toList();
        return new DecisionInput(decision, rationale, overrideJustification, taken, reopen,
                version == null ? -1 : version);
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public void setOverrideJustification(String overrideJustification) {
        this.overrideJustification = overrideJustification;
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    public void setConditions(List<ConditionRow> conditions) {
        this.conditions = conditions == null ? blankRows(CONDITION_ROWS) : new ArrayList<>(conditions);
    }

    public List<Integer> getReopen() {
        return reopen;
    }

    public void setReopen(List<Integer> reopen) {
        this.reopen = reopen;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    private static List<ConditionRow> blankRows(int count) {
        List<ConditionRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ConditionRow());
        }
        return rows;
    }

    /** One condition of a GO: what is required, who owns it, by when. */
    public static class ConditionRow {

        private String text;
        private Long ownerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        boolean blank() {
            return (text == null || text.isBlank()) && ownerId == null && dueOn == null;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }
}
