package org.integrationgateway.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The curated hostile corpus: for one API operation, a plausible request built from its OpenAPI schema, then
 * that request spoilt in every way the corpus knows — huge strings, invalid UTF-8, deep nesting, SQL and script
 * payloads, wrong content types, malformed JSON, negative and enormous numbers, unknown enum values, nulls for
 * required fields, and non-numeric or overflowing path variables and query parameters. Deterministic: the same
 * operation always gives the same cases in the same order.
 */
final class HostileCorpus {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values that stand in the JSON text for a literal no JSON tree can hold (1e309, 2^63). */
    private static final String RAW = "\u0001raw:";

    static final String HUGE = "A".repeat(1 << 20);
    static final List<String> STRINGS = List.of("' or 1=1--", "'; drop table project; --", "\" or \"\"=\"",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u0000nul\u0000", "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}#{7*7}", "../../../../etc/passwd", "%s%s%n%x", "\uD835\uDD18\u202Etxt.exe", "=cmd|' /C calc'!A0",
            "", "   ");
    private static final List<String> NUMBERS = List.of(RAW + "-1", RAW + "0", RAW + "1e309", RAW + "-1e309",
            RAW + "9223372036854775808", RAW + "-9223372036854775809", RAW + "2147483648", RAW + "1.5",
            RAW + "1e-400", "abc", "12");
    private static final List<String> DATES = List.of("2026-13-45", "not-a-date", "+999999999-12-31",
            "-999999999-01-01T00:00:00Z", "0000-00-00", RAW + "0");
    private static final List<String> ENUMS = List.of("NOT_A_VALUE", "' or 1=1--", RAW + "0", "");
    static final List<String> PATH_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "9223372036854775808",
            "1e309", "1.5", "' or 1=1--", "<script>alert(1)</script>", "\u0000", "../../etc/passwd",
            "\uD835\uDD18", "9".repeat(4000));
    static final List<String> QUERY_VALUES = List.of("-1", "0", "99999999999999999999", "9223372036854775808",
            "1e309", "abc", "' or 1=1--", "<script>alert(1)</script>", "", "A".repeat(100_000),
            "2026-13-45", "password,desc", "' or 1=1--,asc", "id;drop table project");

    private HostileCorpus() {
    }

    /** The cases for one operation; {@code ids} gives each path variable the value of a real record. */
    static List<HostileCase> casesFor(ApiOperation operation, Function<String, String> ids) {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        operation.pathParameters().forEach(p -> path.put(p.name(), ids.apply(p.name())));
        String uri = uri(operation, path, baseQuery(operation));
        byte[] sample = operation.hasJsonBody() ? bytes(sample(operation, operation.bodySchema(), 0)) : null;
        String type = operation.hasJsonBody() ? "application/json" : null;

        cases.add(HostileCase.of(operation, "unknown query parameters", uri + (uri.contains("?") ? "&" : "?")
                + "id=%27+or+1%3D1--&%3Cscript%3E=1&page=-1&size=100000&sort=password,desc", type, sample));
        for (String value : PATH_VALUES) {
            if (operation.pathParameters().isEmpty()) {
                break;
            }
            Map<String, String> hostile = new LinkedHashMap<>();
            operation.pathParameters().forEach(p -> hostile.put(p.name(), value));
            cases.add(HostileCase.of(operation, "path " + abbreviate(value), uri(operation, hostile,
                    baseQuery(operation)), type, sample));
        }
        for (String value : QUERY_VALUES) {
            if (operation.queryParameters().isEmpty()) {
                break;
            }
            Map<String, String> query = new LinkedHashMap<>();
            operation.queryParameters().forEach(p -> query.put(p.name(), value));
            cases.add(HostileCase.of(operation, "query " + abbreviate(value), uri(operation, path, query), type,
                    sample));
        }
        if (operation.queryParameters().stream().anyMatch(p -> p.name().equals("size"))) {
            cases.add(HostileCase.of(operation, "page overflow", uri + (uri.contains("?") ? "&" : "?")
                    + "page=2147483647&size=100", type, sample));
        }
        if (operation.bodyMediaType() != null && operation.bodyMediaType().startsWith("multipart/")) {
            multipartCases(operation, uri, cases);
        } else if (operation.hasJsonBody()) {
            bodyCases(operation, uri, sample, cases);
        } else if (operation.writes()) {
            cases.add(HostileCase.of(operation, "unexpected body", uri, "application/json",
                    "{\"version\":-1,\"id\":1}".getBytes(StandardCharsets.UTF_8)));
            cases.add(HostileCase.of(operation, "unexpected deep body", uri, "application/json", deepArrays()));
        }
        return cases;
    }

    private static void bodyCases(ApiOperation operation, String uri, byte[] sample, List<HostileCase> cases) {
        JsonNode schema = operation.bodySchema();
        JsonNode base = sample(operation, schema, 0);
        String json = "application/json";
        cases.add(HostileCase.of(operation, "plausible", uri, json, sample));
        cases.add(HostileCase.of(operation, "malformed", uri, json, utf8("{\"a\": ")));
        cases.add(HostileCase.of(operation, "truncated", uri, json,
                java.util.Arrays.copyOf(sample, Math.max(1, sample.length / 2))));
        cases.add(HostileCase.of(operation, "deep arrays", uri, json, deepArrays()));
        cases.add(HostileCase.of(operation, "deep objects", uri, json, deepObjects()));
        cases.add(HostileCase.of(operation, "invalid utf-8", uri, json, invalidUtf8(operation, base)));
        cases.add(HostileCase.of(operation, "empty", uri, json, new byte[0]));
        for (String literal : List.of("null", "[]", "\"text\"", "123", "{}", "{\"a\":1,\"a\":2}", "NaN")) {
            cases.add(HostileCase.of(operation, "literal " + literal, uri, json, utf8(literal)));
        }
        cases.add(HostileCase.of(operation, "text/plain", uri, "text/plain", sample));
        cases.add(HostileCase.of(operation, "xml", uri, "application/xml", utf8("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
        cases.add(HostileCase.of(operation, "form", uri, "application/x-www-form-urlencoded",
                utf8("name=x&version=1&id=1")));
        cases.add(HostileCase.of(operation, "no content type", uri, null, sample));
        cases.add(HostileCase.of(operation, "latin-1 charset", uri, "application/json;charset=ISO-8859-1", sample));

        cases.add(HostileCase.of(operation, "huge strings", uri, json,
                bytes(replace(operation, base, schema, HostileCorpus::isPlainString, HUGE))));
        for (String value : STRINGS) {
            cases.add(HostileCase.of(operation, "strings " + abbreviate(value), uri, json,
                    bytes(replace(operation, base, schema, HostileCorpus::isPlainString, value))));
        }
        for (String value : NUMBERS) {
            cases.add(HostileCase.of(operation, "numbers " + abbreviate(value), uri, json,
                    bytes(replace(operation, base, schema, s -> isType(s, "integer") || isType(s, "number"), value))));
        }
        for (String value : DATES) {
            cases.add(HostileCase.of(operation, "dates " + abbreviate(value), uri, json,
                    bytes(replace(operation, base, schema, s -> s.has("format") && s.path("format").asString()
                            .startsWith("date"), value))));
        }
        for (String value : ENUMS) {
            cases.add(HostileCase.of(operation, "enums " + abbreviate(value), uri, json,
                    bytes(replace(operation, base, schema, s -> s.has("enum"), value))));
        }
        cases.add(HostileCase.of(operation, "booleans as text", uri, json,
                bytes(replace(operation, base, schema, s -> isType(s, "boolean"), "yes"))));
        cases.add(HostileCase.of(operation, "arrays as text", uri, json,
                bytes(replace(operation, base, schema, s -> isType(s, "array"), "x"))));
        cases.add(HostileCase.of(operation, "objects as text", uri, json,
                bytes(replace(operation, base, schema, s -> isType(s, "object") && s != schema, "x"))));
        cases.add(HostileCase.of(operation, "strings as objects", uri, json,
                bytes(replace(operation, base, schema, HostileCorpus::isPlainString, RAW + "{\"x\":[1]}"))));
        cases.add(HostileCase.of(operation, "all null", uri, json,
                bytes(replace(operation, base, schema, s -> s != schema, null))));
        if (base instanceof ObjectNode object) {
            JsonNode resolved = operation.resolve(schema);
            for (JsonNode required : resolved.path("required")) {
                ObjectNode copy = object.deepCopy();
                copy.putNull(required.asString());
                cases.add(HostileCase.of(operation, "null " + required.asString(), uri, json, bytes(copy)));
            }
            ObjectNode extra = object.deepCopy();
            extra.put("id", 1).put("version", -1).put("createdBy", 1).putObject("__proto__").put("admin", true);
            cases.add(HostileCase.of(operation, "unknown fields", uri, json, bytes(extra)));
            ObjectNode bigArrays = (ObjectNode) replace(operation, base, schema, s -> isType(s, "array"), null);
            resolved.path("properties").properties().forEach(property -> {
                JsonNode propertySchema = operation.resolve(property.getValue());
                if (propertySchema != null && isType(propertySchema, "array")) {
                    ArrayNode many = bigArrays.putArray(property.getKey());
                    JsonNode item = sample(operation, propertySchema.path("items"), 1);
                    for (int i = 0; i < 2000; i++) {
                        many.add(item.deepCopy());
                    }
                }
            });
            cases.add(HostileCase.of(operation, "long arrays", uri, json, bytes(bigArrays)));
        }
    }

    private static void multipartCases(ApiOperation operation, String uri, List<HostileCase> cases) {
        String type = operation.bodyMediaType();
        cases.add(new HostileCase(operation, "multipart invalid utf-8", uri, type, null,
                concat(utf8("title,summary\n"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, '\n'})));
        cases.add(new HostileCase(operation, "multipart script and formula", uri, type, null,
                utf8("title,summary,source,segment,evidence,links,sample_size,confidence,observed_on\n"
                        + "<script>alert(1)</script>,' or 1=1--,=cmd|' /C calc'!A0,x,x,x,-1,NOT_A_VALUE,2026-13-45\n")));
        cases.add(new HostileCase(operation, "multipart huge line", uri, type, null, utf8("title\n" + HUGE + "\n")));
        cases.add(new HostileCase(operation, "multipart empty file", uri, type, null, new byte[0]));
        cases.add(new HostileCase(operation, "multipart binary", uri, type, null, new byte[] {0, 1, 2, (byte) 0x80,
                (byte) 0xFF, 0x7F, 0, 0}));
        cases.add(HostileCase.of(operation, "json instead of multipart", uri, "application/json", utf8("{}")));
        cases.add(HostileCase.of(operation, "multipart without parts", uri, type + "; boundary=x", utf8("--x--")));
    }

    /** A plausible value for a schema: the first enum value, a date, a small number, a short text. */
    static JsonNode sample(ApiOperation operation, JsonNode rawSchema, int depth) {
        JsonNode schema = operation.resolve(rawSchema);
        if (schema == null || schema.isMissingNode()) {
            return NODES.stringNode("fuzz");
        }
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String format = schema.path("format").asString("");
        return switch (ApiOperation.typeOf(schema)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(operation, schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").properties().forEach(property ->
                            object.set(property.getKey(), sample(operation, property.getValue(), depth + 1)));
                }
                yield object;
            }
            default -> switch (format) {
                case "date" -> NODES.stringNode("2026-06-15");
                case "date-time" -> NODES.stringNode("2026-06-15T10:00:00Z");
                case "email" -> NODES.stringNode("fuzz@example.test");
                case "uuid" -> NODES.stringNode("00000000-0000-0000-0000-000000000000");
                case "uri" -> NODES.stringNode("https://example.test/hook");
                default -> NODES.stringNode("fuzz");
            };
        };
    }

    /**
     * The sample with every value whose schema matches replaced by {@code value} (a string, a raw literal, or
     * JSON null when {@code value} is null), walking objects and arrays.
     */
    static JsonNode replace(ApiOperation operation, JsonNode node, JsonNode rawSchema, Predicate<JsonNode> matches,
                            String value) {
        JsonNode schema = operation.resolve(rawSchema);
        if (schema == null || schema.isMissingNode()) {
            return node;
        }
        if (matches.test(schema)) {
            return value == null ? NODES.nullNode() : NODES.stringNode(value);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(property -> copy.set(property.getKey(), replace(operation, property.getValue(),
                    schema.path("properties").path(property.getKey()), matches, value)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(item -> copy.add(replace(operation, item, schema.path("items"), matches, value)));
            return copy;
        }
        return node;
    }

    static boolean isPlainString(JsonNode schema) {
        return isType(schema, "string") && !schema.has("enum") && !schema.has("format");
    }

    private static boolean isType(JsonNode schema, String type) {
        return ApiOperation.typeOf(schema).equals(type);
    }

    /** The JSON text of a tree, with raw stand-ins turned into the literal they stand for. */
    static byte[] bytes(JsonNode node) {
        String text = JSON.writeValueAsString(node);
        int at;
        while ((at = text.indexOf("\"\\u0001raw:")) >= 0) {
            int end = text.indexOf('"', at + 11);
            while (text.charAt(end - 1) == '\\') {
                end = text.indexOf('"', end + 1);
            }
            String literal = text.substring(at + 11, end).replace("\\\"", "\"");
            text = text.substring(0, at) + literal + text.substring(end + 1);
        }
        return utf8(text);
    }

    private static byte[] invalidUtf8(ApiOperation operation, JsonNode base) {
        String marker = "INVALIDUTF8";
        JsonNode marked = replace(operation, base, operation.bodySchema(), HostileCorpus::isPlainString, marker);
        String text = new String(bytes(marked), StandardCharsets.UTF_8);
        if (!text.contains(marker)) {
            text = "{\"" + marker + "\":1}";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split(marker, -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(utf8(parts[i]));
            if (i < parts.length - 1) {
                out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xED,
                        (byte) 0xA0, (byte) 0x80});
            }
        }
        return out.toByteArray();
    }

    static byte[] deepArrays() {
        return utf8("[".repeat(10_000) + "]".repeat(10_000));
    }

    static byte[] deepObjects() {
        return utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    }

    private static Map<String, String> baseQuery(ApiOperation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiOperation.Parameter parameter : operation.queryParameters()) {
            if (parameter.required()) {
                JsonNode value = sample(operation, parameter.schema(), 1);
                query.put(parameter.name(), value.isString() ? value.asString() : value.toString());
            }
        }
        return query;
    }

    static String uri(ApiOperation operation, Map<String, String> path, Map<String, String> query) {
        String uri = operation.path();
        for (Map.Entry<String, String> variable : path.entrySet()) {
            uri = uri.replace("{" + variable.getKey() + "}", encode(variable.getValue()).replace("+", "%20"));
        }
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                    .append(encode(value)));
            uri += q;
        }
        return uri;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static String abbreviate(String value) {
        String shown = value.startsWith(RAW) ? value.substring(RAW.length()) : value;
        shown = shown.replace("\u0000", "\\0");
        return shown.length() > 24 ? shown.substring(0, 12) + "…(" + shown.length() + ")" : shown;
    }
}
