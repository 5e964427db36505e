package org.integrationgateway.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first-administrator form of the one-time setup page. */
public class SetupForm {

    private String token;
    @NotBlank(message = "Enter your e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = 254, message = "At most 254 characters.")
    private String email;
    @NotBlank(message = "Enter your name.")
    @Size(max = 200, message = "At most 200 characters.")
    private String displayName;
    @NotBlank(message = "Enter a password.")
    @Size(max = 128, message = "At most 128 characters.")
    private String password;
    private String confirmation;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
