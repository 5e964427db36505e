package org.integrationgateway.integration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.integrationgateway.integration.WebhookDetails;
import org.integrationgateway.integration.WebhookEndpointView;

/** The endpoint form: event types as one text, separated by commas, spaces or lines. */
public class WebhookForm {

    @NotBlank(message = "{webhooks.url.required}")
    @Size(max = 2000)
    private String url;
    @Size(max = 500)
    private String description;
    @Size(max = 4000)
    private String eventTypes = "*";
    private boolean enabled = true;
    private Long version;

    static WebhookForm of(WebhookEndpointView endpoint) {
        WebhookForm form = new WebhookForm();
        form.url = endpoint.url();
        form.description = endpoint.description();
        form.eventTypes = String.join("\n", endpoint.eventTypes());
        form.enabled = endpoint.enabled();
        form.version = endpoint.version();
        return form;
    }

    WebhookDetails details() {
        return new WebhookDetails(url, description, List.of(eventTypes == null ? "" : eventTypes), enabled);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
