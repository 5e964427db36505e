package org.integrationgateway.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.OpportunityStage;
import org.springframework.format.annotation.DateTimeFormat;

/** The opportunity form (new and edit); its field names are the domain's, so refusals land next to their field. */
public class OpportunityForm {

    /** Domain fields the form calls differently. */
    static final Map<String, String> FIELDS = Map.of();

    private Long customerId;
    private Long contactId;
    private String title;
    private OpportunityStage stage = OpportunityStage.PROSPECT;
    private BigDecimal value;
    private String currency = "EUR";
    private Integer probability;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedClose;
    private Long ownerId;
    private List<Long> projectIds = new ArrayList<>();
    private Long version;

    static OpportunityForm of(Opportunity o) {
        OpportunityForm form = new OpportunityForm();
        form.customerId = o.getCustomer();
        form.contactId = o.getContact();
        form.title = o.getTitle();
        form.stage = o.getStage();
        form.value = o.getValue();
        form.currency = o.getCurrency();
        form.probability = o.getProbability();
        form.expectedClose = o.getExpectedClose();
        form.ownerId = o.getOwner();
        form.projectIds = new ArrayList<>(o.getProjectIds());
        form.version = o.getVersion();
        return form;
    }

    OpportunityDraft draft() {
        return new OpportunityDraft(customerId, contactId, title, stage, value, currency, probability, expectedClose,
                ownerId, projectIds == null ? List.of() : projectIds);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    public void setStage(OpportunityStage stage) {
        this.stage = stage;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public void setExpectedClose(LocalDate expectedClose) {
        this.expectedClose = expectedClose;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<Long> getProjectIds() {
        return projectIds;
    }

    public void setProjectIds(List<Long> projectIds) {
        this.projectIds = projectIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
