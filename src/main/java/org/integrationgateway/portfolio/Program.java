package org.integrationgateway.portfolio;

import java.util.Objects;
import org.integrationgateway.portfolio.events.ProgramChanged;
import org.integrationgateway.portfolio.events.ProgramSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A group of related projects. Its code is unique and identifies it to people (e.g. {@code PKG}). */
@Table("program")
public class Program extends AbstractAggregateRoot<Program> {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    @Version
    private Long version;

    @PersistenceCreator
    Program(Long id, String code, String name, String description, Long version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
        this.version = version;
    }

    /** A new program; the creation event is published once the database has given it an id. */
    public static Program create(String code, String name, String description) {
        return new Program(null, code.trim(), name.trim(), blankToNull(description), null);
    }

    /** Changes the details; registers {@link ProgramChanged} only if something actually changed. */
    public void change(String code, String name, String description) {
        ProgramSnapshot before = snapshot();
        this.code = code.trim();
        this.name = name.trim();
        this.description = blankToNull(description);
        if (!before.equals(snapshot())) {
            registerEvent(new ProgramChanged(before, snapshot()));
        }
    }

    public ProgramSnapshot snapshot() {
        return new ProgramSnapshot(id, code, name, description);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Program program && id != null && Objects.equals(id, program.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
