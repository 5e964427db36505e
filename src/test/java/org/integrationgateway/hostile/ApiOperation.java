package org.integrationgateway.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the API as the OpenAPI document describes it: method, path template, its path and query
 * parameters and, when it takes one, the schema of its request body (references resolved lazily).
 */
record ApiOperation(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
                    String bodyMediaType, JsonNode bodySchema, JsonNode components) {

    record Parameter(String name, boolean required, JsonNode schema) {
    }

    String id() {
        return method + " " + path;
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    boolean hasJsonBody() {
        return bodyMediaType != null && bodyMediaType.contains("json");
    }

    /** Every operation under {@code /api/} in the document, in a stable order. */
    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode components = document.path("components");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> pathParameters = new ArrayList<>();
                List<Parameter> queryParameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    Parameter p = new Parameter(parameter.path("name").asString(),
                            parameter.path("required").asBoolean(false), parameter.path("schema"));
                    switch (parameter.path("in").asString()) {
                        case "path" -> pathParameters.add(p);
                        case "query" -> queryParameters.add(p);
                        default -> { }
                    }
                }
                String mediaType = null;
                JsonNode schema = null;
                JsonNode content = operation.path("requestBody").path("content");
                Iterator<String> types = content.propertyNames().iterator();
                if (types.hasNext()) {
                    mediaType = types.next();
                    schema = content.path(mediaType).path("schema");
                }
                operations.add(new ApiOperation(method, path.getKey(), pathParameters, queryParameters, mediaType,
                        schema, components));
            }
        }
        return operations;
    }

    /** The schema itself, or the one it refers to. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asString();
            current = components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current != null && current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    /** The type of a schema; OpenAPI 3.1 writes a nullable one as {@code ["string", "null"]}. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "string";
    }
}
