package org.integrationgateway.organisation;

/** What a person enters to add or change a customer contact; phone and job title are optional. */
public record ContactDetails(String fullName, String email, String phone, String jobTitle) {
}
