package org.integrationgateway.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.integrationgateway.identity.Role;

/** The new-user form. */
public class NewUserForm {

    @NotBlank(message = "Enter the e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = 254, message = "At most 254 characters.")
    private String email;
    @NotBlank(message = "Enter the name.")
    @Size(max = 200, message = "At most 200 characters.")
    private String displayName;
    @NotBlank(message = "Enter an initial password.")
    @Size(max = 128, message = "At most 128 characters.")
    private String password;
    @NotEmpty(message = "Choose at least one role.")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Positive(message = "Enter a positive id.")
    private Long customerOrganisation;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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
}
