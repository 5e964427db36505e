package org.integrationgateway.acceptance;

/** A defect as the customer lists it on rejection: a title (required), a description, and the step it showed in. */
public record DefectInput(String title, String description, Integer step) {
}
