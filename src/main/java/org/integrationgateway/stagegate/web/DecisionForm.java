package org.integrationgateway.stagegate.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;

/** The decision form; one optional condition (the API takes any number). */
class DecisionForm {

    private Decision decision;
    private String rationale;
    private String overrideJustification;
    private String conditionText;
    private Long conditionOwner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate conditionDue;
    private List<Integer> reopen = new ArrayList<>();
    private Long version;

    DecisionInput input() {
        List<DecisionInput.Condition> conditions = new ArrayList<>();
        if ((conditionText != null && !conditionText.isBlank()) || conditionOwner != null || conditionDue != null) {
            conditions.add(new DecisionInput.Condition(conditionText, conditionOwner, conditionDue));
        }
        return new DecisionInput(decision, rationale, overrideJustification, conditions, reopen,
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

    public String getConditionText() {
        return conditionText;
    }

    public void setConditionText(String conditionText) {
        this.conditionText = conditionText;
    }

    public Long getConditionOwner() {
        return conditionOwner;
    }

    public void setConditionOwner(Long conditionOwner) {
        this.conditionOwner = conditionOwner;
    }

    public LocalDate getConditionDue() {
        return conditionDue;
    }

    public void setConditionDue(LocalDate conditionDue) {
        this.conditionDue = conditionDue;
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
}
