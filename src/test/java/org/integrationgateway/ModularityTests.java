package org.integrationgateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure (no cycles, only allowed dependencies, no access to another module's internals)
 * and writes the module documentation (C4 and UML component diagrams, module canvases) to
 * {@code target/spring-modulith-docs}, which {@code docs/architecture.md} describes.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(IntegrationGatewayApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void knowsTheFoundationModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "identity", "organisation", "audit", "web", "transfer");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("module-audit.puml")).exists();
        assertThat(docs.resolve("module-audit.adoc")).exists();
        assertThat(docs.resolve("all-docs.adoc")).exists();
    }
}
