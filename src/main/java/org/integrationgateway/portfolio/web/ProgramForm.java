package org.integrationgateway.portfolio.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.integrationgateway.portfolio.Program;

/** The program form; {@code version} is the one the edit started from. */
public class ProgramForm {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
    private String code;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 4000)
    private String description;
    private Long version;

    static ProgramForm of(Program program) {
        ProgramForm form = new ProgramForm();
        form.code = program.getCode();
        form.name = program.getName();
        form.description = program.getDescription();
        form.version = program.getVersion();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
