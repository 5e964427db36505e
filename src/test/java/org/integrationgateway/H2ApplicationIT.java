package org.integrationgateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on the embedded H2 database, with JSON (ECS) console logs switched on by profile. */
@ActiveProfiles({"test", "json-logs"})
class H2ApplicationIT extends ApplicationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    String expectedDatabase() {
        return "H2";
    }

    @Override
    String expectedVendor() {
        return "h2";
    }

    @Test
    void logsAsJsonWhenTheJsonLogsProfileIsActive(CapturedOutput output) {
        assertThat(output.getAll().lines().filter(line -> line.contains("EMBEDDED H2")))
                .isNotEmpty()
                .allSatisfy(line -> {
                    JsonNode event = JSON.readTree(line);
                    assertThat(event.path("ecs").path("version").asString()).isNotBlank();
                    assertThat(event.path("log").path("level").asString()).isEqualTo("WARN");
                    assertThat(event.path("log").path("logger").asString()).endsWith("EmbeddedDatabaseNotice");
                    assertThat(event.path("message").asString()).contains("NOT for production");
                });
    }
}
