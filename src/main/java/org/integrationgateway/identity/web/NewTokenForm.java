package org.integrationgateway.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new-token form; {@code expiresInDays} null means valid until revoked. */
public class NewTokenForm {

    @NotBlank(message = "Give the token a name.")
    @Size(max = 100, message = "At most 100 characters.")
    private String name;
    @Min(value = 1, message = "At least 1 day.")
    @Max(value = 366, message = "At most 366 days.")
    private Integer expiresInDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
