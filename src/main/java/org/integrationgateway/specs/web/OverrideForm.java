package org.integrationgateway.specs.web;

import org.integrationgateway.specs.OverrideInput;

/** What a variant changes in one item (blank keeps the baseline's text), and why. */
class OverrideForm {

    private String itemKey;
    private String title;
    private String body;
    private String acceptanceCriterion;
    private String reason;
    private Long version;

    OverrideInput input() {
        return new OverrideInput(blankToNull(title), blankToNull(body), blankToNull(acceptanceCriterion), reason);
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

    public String getAcceptanceCriterion() {
        return acceptanceCriterion;
    }

    public void setAcceptanceCriterion(String acceptanceCriterion) {
        this.acceptanceCriterion = acceptanceCriterion;
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
