package org.integrationgateway.identity.web;

import jakarta.validation.constraints.Size;

/** The password reset form: generate a password, or set the one given. */
public class PasswordResetForm {

    private boolean generate = true;
    @Size(max = 128, message = "At most 128 characters.")
    private String password;
    private Long version;

    public boolean isGenerate() {
        return generate;
    }

    public void setGenerate(boolean generate) {
        this.generate = generate;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
