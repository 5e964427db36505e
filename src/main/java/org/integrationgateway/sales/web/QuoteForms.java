package org.integrationgateway.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.integrationgateway.sales.Acceptance;
import org.integrationgateway.sales.CustomisationInput;
import org.integrationgateway.sales.QuoteDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the quote builder. Their field names are the domain's, so a refusal lands next to its field; the
 * quote's version is posted beside them (hidden), taken from the page the person saw.
 */
final class QuoteForms {

    /** Domain fields the forms call differently. */
    static final Map<String, String> FIELDS = Map.of();

    private QuoteForms() {
    }

    /** A new quote from the opportunity page: which of its projects, and until when it is valid (both optional). */
    public static class NewQuote {
        private Long projectId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;

        QuoteDraft draft() {
            return new QuoteDraft(projectId, validUntil);
        }

        public Long getProjectId() { return projectId; }

        public void setProjectId(Long projectId) { this.projectId = projectId; }

        public LocalDate getValidUntil() { return validUntil; }

        public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    }

    /** A standard option from the offer catalogue, and how many. */
    public static class OptionForm {
        private String itemKey;
        private Integer quantity = 1;

        public String getItemKey() { return itemKey; }

        public void setItemKey(String itemKey) { this.itemKey = itemKey; }

        public Integer getQuantity() { return quantity; }

        public void setQuantity(Integer quantity) { this.quantity = quantity; }
    }

    /** A customisation in the customer's words (new, or rewording line {@code line}). */
    public static class CustomisationForm {
        private Integer line;
        private String wording;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate wantedBy;
        private BigDecimal value;

        static CustomisationForm rewording(int line, String wording, LocalDate wantedBy, BigDecimal value) {
            CustomisationForm form = new CustomisationForm();
            form.line = line;
            form.wording = wording;
            form.wantedBy = wantedBy;
            form.value = value;
            return form;
        }

        CustomisationInput input() {
            return new CustomisationInput(wording, wantedBy, value);
        }

        public Integer getLine() { return line; }

        public void setLine(Integer line) { this.line = line; }

        public String getWording() { return wording; }

        public void setWording(String wording) { this.wording = wording; }

        public LocalDate getWantedBy() { return wantedBy; }

        public void setWantedBy(LocalDate wantedBy) { this.wantedBy = wantedBy; }

        public BigDecimal getValue() { return value; }

        public void setValue(BigDecimal value) { this.value = value; }
    }

    /** The customer's acceptance: their name as they type it, and which contact of the customer they are. */
    public static class AcceptForm {
        private String name;
        private Long contactId;

        Acceptance acceptance() {
            return new Acceptance(name, contactId);
        }

        public String getName() { return name; }

        public void setName(String name) { this.name = name; }

        public Long getContactId() { return contactId; }

        public void setContactId(Long contactId) { this.contactId = contactId; }
    }

    /** Why the customer declines. */
    public static class DeclineForm {
        private String reason;

        public String getReason() { return reason; }

        public void setReason(String reason) { this.reason = reason; }
    }
}
