package org.integrationgateway.specs.web;

import java.math.BigDecimal;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.ItemStatus;

/**
 * The content of one spec item as a form: for a new item, a direct edit, or one affected item of a change request
 * being implemented ({@code itemKey} names it then). Blank text becomes null, so an untouched optional field stays
 * as the revision had it.
 */
class ItemForm {

    private String itemKey;
    private String title;
    private String body;
    private String category;
    private ItemPriority priority = ItemPriority.SHOULD;
    private String acceptanceCriterion;
    private ItemStatus status = ItemStatus.DRAFT;
    private BigDecimal optionPrice;
    private String optionCurrency;
    private Integer leadTimeDays;
    private String reason;
    private Long version;

    static ItemForm of(ItemRevision revision, Long version) {
        ItemForm form = new ItemForm();
        form.itemKey = revision.itemKey();
        form.title = revision.title();
        form.body = revision.body();
        form.category = revision.category();
        form.priority = revision.priority();
        form.acceptanceCriterion = revision.acceptanceCriterion();
        form.status = revision.status();
        form.optionPrice = revision.optionPrice();
        form.optionCurrency = revision.optionCurrency();
        form.leadTimeDays = revision.leadTimeDays();
        form.version = version;
        return form;
    }

    ItemContent content() {
        return new ItemContent(blankToNull(title), blankToNull(body), blankToNull(category), priority,
                blankToNull(acceptanceCriterion), status, optionPrice, optionPrice == null ? null : blankToNull(optionCurrency),
                leadTimeDays);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public ItemPriority getPriority() {
        return priority;
    }

    public void setPriority(ItemPriority priority) {
        this.priority = priority;
    }

    public String getAcceptanceCriterion() {
        return acceptanceCriterion;
    }

    public void setAcceptanceCriterion(String acceptanceCriterion) {
        this.acceptanceCriterion = acceptanceCriterion;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public BigDecimal getOptionPrice() {
        return optionPrice;
    }

    public void setOptionPrice(BigDecimal optionPrice) {
        this.optionPrice = optionPrice;
    }

    public String getOptionCurrency() {
        return optionCurrency;
    }

    public void setOptionCurrency(String optionCurrency) {
        this.optionCurrency = optionCurrency;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
