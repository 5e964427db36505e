package org.integrationgateway.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.integrationgateway.organisation.ContactDetails;
import org.integrationgateway.organisation.CustomerDetails;
import org.integrationgateway.organisation.DepartmentDetails;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PersonDetails;
import org.integrationgateway.shared.InvalidRequestException;

/** JSON bodies of the organisation API. {@code version} is required on updates and ignored on creation. */
final class ApiRequests {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String EMAIL_MESSAGE = "must be an e-mail address like name@example.com";

    private ApiRequests() {
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "version is required: send the version you last read.");
        }
        return version;
    }

    record DepartmentRequest(@NotBlank @Size(max = 120) String name, @NotNull DepartmentKind kind, Long version) {
        DepartmentDetails details() {
            return new DepartmentDetails(name, kind);
        }
    }

    record PersonRequest(@NotBlank @Size(max = 200) String fullName,
                         @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String email,
                         @NotNull Long departmentId, @Size(max = 120) String title, Long version) {
        PersonDetails details() {
            return new PersonDetails(fullName, email, departmentId, title);
        }
    }

    record CustomerRequest(@NotBlank @Size(max = 200) String name, @Size(max = 120) String industry,
                           @Size(max = 300) String website, Long version) {
        CustomerDetails details() {
            return new CustomerDetails(name, industry, website);
        }
    }

    record ContactRequest(@NotBlank @Size(max = 200) String fullName,
                          @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String email,
                          @Size(max = 50) String phone, @Size(max = 120) String jobTitle, Long version) {
        ContactDetails details() {
            return new ContactDetails(fullName, email, phone, jobTitle);
        }
    }
}
