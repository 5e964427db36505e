package org.integrationgateway.changecontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.List;
import java.util.Map;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Idempotent raising of change requests on the embedded H2 database, and the key in the OpenAPI document. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class IdempotentRaiseTests extends IdempotentRaiseContract {

    @Test
    void theApiDocumentDeclaresTheKeyOnWritesButNotOnReadsOrUploads() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.parameters.IdempotencyKey.in").value("header"))
                .andExpect(jsonPath("$.components.parameters.IdempotencyKey.name").value("Idempotency-Key"))
                .andReturn().getResponse().getContentAsString();
        String ref = "#/components/parameters/IdempotencyKey";
        assertThat(references(document, "$.paths['/api/projects/{projectId}/change-requests'].post")).contains(ref);
        assertThat(references(document, "$.paths['/api/change-requests/{id}/decision'].post")).contains(ref);
        assertThat(references(document, "$.paths['/api/projects/{projectId}/change-requests'].get")).doesNotContain(ref);
        assertThat(references(document, "$.paths['/api/research/imports'].post")).doesNotContain(ref);
    }

    private static List<String> references(String document, String operation) {
        assertThat(JsonPath.<Map<String, Object>>read(document, operation)).as(operation).isNotEmpty();
        try {
            List<Object> parameters = JsonPath.read(document, operation + ".parameters[*]");
            return parameters.stream().map(p -> String.valueOf(((Map<?, ?>) p).get("$ref"))).toList();
        } catch (PathNotFoundException noParameters) {
            return List.of();
        }
    }
}
