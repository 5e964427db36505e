package org.integrationgateway.changecontrol.web;

import java.math.BigDecimal;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ImpactAssessment;
import org.integrationgateway.changecontrol.ImpactInput;
import org.integrationgateway.changecontrol.Risk;

/** The impact assessment form; the affected spec items are typed one per line, as on the change request form. */
class AssessmentForm {

    private BigDecimal costDelta;
    private String currency;
    private Integer scheduleDeltaDays;
    private Risk risk;
    private String riskNote;
    private String affectedItems;
    private BigDecimal revenueAtStake;
    private String revenueCurrency;
    private Long version;

    static AssessmentForm of(ChangeRequest request, String defaultCurrency) {
        AssessmentForm form = new AssessmentForm();
        ImpactAssessment impact = request.getImpact();
        if (impact != null) {
            form.costDelta = impact.costDelta();
            form.currency = impact.currency();
            form.scheduleDeltaDays = impact.scheduleDeltaDays();
            form.risk = impact.risk();
            form.riskNote = impact.riskNote();
        } else {
            form.currency = defaultCurrency;
        }
        form.affectedItems = ChangeRequestForm.itemsText(request.getAffectedItems());
        form.revenueAtStake = request.getRevenueAtStake();
        form.revenueCurrency = request.getRevenueCurrency();
        form.version = request.getVersion();
        return form;
    }

    ImpactInput input() {
        return new ImpactInput(costDelta, currency, scheduleDeltaDays, risk, riskNote,
                ChangeRequestForm.items(affectedItems), revenueAtStake, revenueAtStake == null ? null : revenueCurrency);
    }

    public BigDecimal getCostDelta() {
        return costDelta;
    }

    public void setCostDelta(BigDecimal costDelta) {
        this.costDelta = costDelta;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getScheduleDeltaDays() {
        return scheduleDeltaDays;
    }

    public void setScheduleDeltaDays(Integer scheduleDeltaDays) {
        this.scheduleDeltaDays = scheduleDeltaDays;
    }

    public Risk getRisk() {
        return risk;
    }

    public void setRisk(Risk risk) {
        this.risk = risk;
    }

    public String getRiskNote() {
        return riskNote;
    }

    public void setRiskNote(String riskNote) {
        this.riskNote = riskNote;
    }

    public String getAffectedItems() {
        return affectedItems;
    }

    public void setAffectedItems(String affectedItems) {
        this.affectedItems = affectedItems;
    }

    public BigDecimal getRevenueAtStake() {
        return revenueAtStake;
    }

    public void setRevenueAtStake(BigDecimal revenueAtStake) {
        this.revenueAtStake = revenueAtStake;
    }

    public String getRevenueCurrency() {
        return revenueCurrency;
    }

    public void setRevenueCurrency(String revenueCurrency) {
        this.revenueCurrency = revenueCurrency;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
