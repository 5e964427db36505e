package org.integrationgateway.specs.web;

/** Freezing a baseline by hand: its name. */
class FreezeForm {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
