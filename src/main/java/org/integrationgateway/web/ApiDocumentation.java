package org.integrationgateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole: its title, how a client authenticates (a personal API
 * token as {@code Authorization: Bearer}, or the browser's session cookie), and that every operation can answer 401
 * with a problem detail when neither is sent. The document passes {@code @redocly/cli lint} without errors
 * (docs/interfaces.md).
 */
@Configuration
class ApiDocumentation {

    static final String BEARER = "apiToken";
    static final String SESSION = "session";
    static final String PROBLEM = "ProblemDetail";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Integration Gateway API").version("1")
                        .description("JSON API of Integration Gateway. Errors are RFC 9457 problem details; lists are "
                                + "paged; updates carry the version they were based on (docs/conventions.md)."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (account page 'API tokens'), sent as "
                                        + "'Authorization: Bearer <token>'; requests with it need no CSRF token."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The session of a signed-in browser; writes then need the CSRF token.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /** Every operation may answer 401 (no token or session); the document says so where an operation does not. */
    @Bean
    OpenApiCustomizer unauthorizedResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey(PROBLEM)) {
                openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null && !operation.getResponses().containsKey("401")) {
                    operation.getResponses().addApiResponse("401", new ApiResponse()
                            .description("Not signed in: no valid API token or session")
                            .content(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                }
            }));
        };
    }

    /** Every API write may carry an Idempotency-Key ({@link IdempotencyFilter}); file uploads may not. */
    @Bean
    OpenApiCustomizer idempotencyKeyParameter() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addParameters(IDEMPOTENCY_KEY, new Parameter().in("header")
                    .name(IdempotencyFilter.HEADER).required(false)
                    .description("Makes the write safe to repeat for 24 hours: a repeat with the same key and request "
                            + "gets the first answer (header Idempotency-Replayed: true) and changes nothing more; "
                            + "the same key with another request answers 422 idempotency-key-reused. 1 to 100 letters, "
                            + "digits and - _ . : (a UUID). Not for file uploads; bodies of at most 1 MiB.")
                    .schema(new Schema<String>().type("string").pattern("^[A-Za-z0-9._:-]{1,100}$")));
            openApi.getPaths().forEach((route, path) -> {
                if (!route.startsWith("/api/")) {
                    return;
                }
                for (Operation operation : java.util.stream.Stream.of(path.getPost(), path.getPut(), path.getPatch(),
                        path.getDelete()).filter(java.util.Objects::nonNull).toList()) {
                    boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                            && operation.getRequestBody().getContent().keySet().stream()
                            .anyMatch(type -> type.startsWith("multipart/"));
                    if (!upload) {
                        operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
                    }
                }
            });
        };
    }

    /** An RFC 9457 problem detail with our extension members. */
    private static Schema<Object> problemSchema() {
        Schema<Object> schema = new Schema<>();
        schema.type("object").description("RFC 9457 problem detail");
        schema.addProperty("type", new Schema<String>().type("string").format("uri"));
        schema.addProperty("title", new Schema<String>().type("string"));
        schema.addProperty("status", new Schema<Integer>().type("integer").format("int32"));
        schema.addProperty("detail", new Schema<String>().type("string"));
        schema.addProperty("instance", new Schema<String>().type("string").format("uri"));
        schema.addProperty("code", new Schema<String>().type("string").description("A stable code for the problem"));
        schema.addProperty("requestId", new Schema<String>().type("string")
                .description("The request's id, as in the X-Request-Id response header and the logs"));
        schema.additionalProperties(Boolean.TRUE);
        return schema;
    }
}
