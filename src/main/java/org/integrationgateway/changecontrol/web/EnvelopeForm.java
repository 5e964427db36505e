package org.integrationgateway.changecontrol.web;

import java.math.BigDecimal;
import java.util.Arrays;
import org.integrationgateway.changecontrol.DelegatedEnvelope;
import org.integrationgateway.changecontrol.EnvelopeLimits;

/** The delegated envelope's limits; categories are typed separated by commas or one per line. */
class EnvelopeForm {

    private BigDecimal maxCost;
    private String currency = "EUR";
    private Integer maxScheduleDays;
    private String categories;
    private Long version;

    static EnvelopeForm of(DelegatedEnvelope envelope) {
        EnvelopeForm form = new EnvelopeForm();
        form.maxCost = envelope.getMaxCost();
        form.currency = envelope.getCurrency();
        form.maxScheduleDays = envelope.getMaxScheduleDays();
        form.categories = String.join(", ", envelope.categoryNames());
        form.version = envelope.getVersion();
        return form;
    }

    EnvelopeLimits limits() {
        return new EnvelopeLimits(maxCost, currency, maxScheduleDays, categories == null ? java.util.List.of()
                : Arrays.stream(categories.split("[,\\n]")).map(String::strip).filter(c -> !c.isEmpty()).toList());
    }

    public BigDecimal getMaxCost() {
        return maxCost;
    }

    public void setMaxCost(BigDecimal maxCost) {
        this.maxCost = maxCost;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getMaxScheduleDays() {
        return maxScheduleDays;
    }

    public void setMaxScheduleDays(Integer maxScheduleDays) {
        this.maxScheduleDays = maxScheduleDays;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
