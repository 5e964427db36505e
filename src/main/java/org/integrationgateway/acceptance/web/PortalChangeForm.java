package org.integrationgateway.acceptance.web;

/** The portal's "request a change" form on an order page. */
public class PortalChangeForm {

    private String title;
    private String description;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
