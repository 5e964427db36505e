package org.integrationgateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.UserAccountDetails;

/** The edit form of an account's name, roles and customer organisation. */
public class EditUserForm {

    @NotBlank(message = "Enter the name.")
    @Size(max = 200, message = "At most 200 characters.")
    private String displayName;
    @NotEmpty(message = "Choose at least one role.")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Positive(message = "Enter a positive id.")
    private Long customerOrganisation;
    @NotNull
    private Long version;

    static EditUserForm of(UserAccountDetails account) {
        EditUserForm form = new EditUserForm();
        form.displayName = account.displayName();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.customerOrganisation = account.customerOrganisation();
        form.version = account.version();
        return form;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getCustomerOrganisation() {
        return customerOrganisation;
    }

    public void setCustomerOrganisation(Long customerOrganisation) {
        this.customerOrganisation = customerOrganisation;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
