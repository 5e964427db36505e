package org.integrationgateway.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integrationgateway.security.Endpoints.Endpoint;
import org.integrationgateway.security.MatrixWorld.Persona;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Builds the request of one case: the endpoint's path variables resolved in the {@link MatrixWorld} for a scope and
 * persona, and a body (JSON for the API, form fields for pages) filled with plausible values of the handler's body
 * type, so that validation of the body does not answer before the authorization rule is reached.
 */
final class MatrixRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}");

    private final MatrixWorld world;
    private long version;

    MatrixRequests(MatrixWorld world) {
        this.world = world;
    }

    /** The live stream's path has no ids: its topics are the scoped part (project, quote, meeting, person). */
    static final String STREAM = "/api/stream";

    /** The kinds of the endpoint's path variables that name a thing (not an index), in order. */
    List<String> entityKinds(Endpoint endpoint) {
        List<String> kinds = new ArrayList<>();
        if (endpoint.pattern().equals(STREAM)) {
            return List.of("project", "quote", "meeting");
        }
        Matcher matcher = VARIABLE.matcher(endpoint.pattern());
        while (matcher.find()) {
            String kind = kindOf(endpoint.pattern(), matcher.start(), matcher.group(1));
            if (!isIndex(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The scopes the policy table has rows for: none for an endpoint without ids; own, other, missing otherwise. */
    List<String> scopes(Endpoint endpoint) {
        List<String> kinds = entityKinds(endpoint);
        if (kinds.isEmpty()) {
            return List.of("any");
        }
        if (endpoint.pattern().equals(STREAM)) {
            // following a topic of nothing is accepted and delivers nothing: whether a thing exists is not revealed
            return List.of("own", "other");
        }
        List<String> scopes = new ArrayList<>(List.of("own"));
        if (kinds.stream().allMatch(this::hasOtherOrShared)) {
            scopes.add("other");
        }
        scopes.add("missing");
        return scopes;
    }

    private boolean hasOtherOrShared(String kind) {
        return world.hasOther(kind) || isShared(kind);
    }

    /** Org-wide kinds have no "other" of their own; they stay the same in an "other" request. */
    private static boolean isShared(String kind) {
        return List.of("program", "department", "person", "userAccount", "finding", "researchImport", "webhook",
                "templateRevision", "templateCode", "traceLink", "measure", "feedToken", "ssoProvider").contains(kind);
    }

    /** The path with its variables filled in for the scope. */
    String path(Endpoint endpoint, String scope, Persona persona) {
        String pattern = endpoint.pattern();
        Matcher matcher = VARIABLE.matcher(pattern);
        List<int[]> spans = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
            kinds.add(kindOf(pattern, matcher.start(), matcher.group(1)));
        }
        int missingAt = -1;
        if (scope.equals("missing")) {
            for (int i = kinds.size() - 1; i >= 0; i--) {
                if (!isIndex(kinds.get(i))) {
                    missingAt = i;
                    break;
                }
            }
        }
        StringBuilder path = new StringBuilder();
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            path.append(pattern, last, spans.get(i)[0]);
            String variableScope = i == missingAt ? "missing" : scope.equals("missing") ? "own" : scope;
            path.append(value(kinds.get(i), variableScope, persona, pattern, spans.get(i)));
            last = spans.get(i)[1];
        }
        path.append(pattern.substring(last));
        return path.toString();
    }

    private String value(String kind, String scope, Persona persona, String pattern, int[] span) {
        boolean missing = scope.equals("missing");
        boolean other = scope.equals("other");
        switch (kind) {
            case "index":
                return "0";
            case "number":
                return "1";
            case "stageIndex":
                return world.text("stageIndex");
            case "button": {
                String regex = pattern.substring(span[0], span[1]);
                return regex.substring(regex.indexOf(':') + 1, regex.indexOf('|'));
            }
            case "templateCode":
                return missing ? MatrixWorld.MISSING_TEXT : world.text("templateCode");
            case "measure":
                return missing ? "no-such-measure" : world.text("measure");
            case "discussionKind":
                return world.text("discussionKind");
            case "itemKey":
                return missing ? MatrixWorld.MISSING_TEXT : world.text(other ? "itemKeyOther" : "itemKeyOwn");
            case "feedToken":
                return missing ? "no-such-feed-token" : "matrix-unknown-feed-token";
            default:
                Long id = world.id(kind, isShared(kind) && other ? "own" : scope, persona);
                if (id == null) {
                    throw new IllegalStateException("No " + scope + " id of kind " + kind + " for " + pattern);
                }
                return String.valueOf(id);
        }
    }

    private static boolean isIndex(String kind) {
        return List.of("index", "number", "stageIndex", "button", "discussionKind").contains(kind);
    }

    /** What a path variable names, from its name or, for {@code id}, from the segment before it. */
    static String kindOf(String pattern, int start, String name) {
        switch (name) {
            case "projectId": return "project";
            case "reviewId": return "gateReview";
            case "customerId": return "customer";
            case "assignmentId": return "assignment";
            case "personId": return "person";
            case "contactId": return "contact";
            case "itemKey": return "itemKey";
            case "code": return "templateCode";
            case "name": return "measure";
            case "kind": return "discussionKind";
            case "token": return "feedToken";
            case "button": return "button";
            case "stageIndex": return "stageIndex";
            case "index", "deliverableIndex": return "index";
            case "n", "number", "revision": return "number";
            case "id": break;
            default: throw new IllegalStateException("Unknown path variable {" + name + "} in " + pattern);
        }
        String before = pattern.substring(0, start);
        if (before.matches(".*/discussions/\\{kind}/$")) {
            return "changeRequest";
        }
        String[] segments = before.split("/");
        String segment = segments[segments.length - 1];
        String parent = segments.length > 1 ? segments[segments.length - 2] : "";
        return switch (segment) {
            case "records" -> "acceptanceRecord";
            case "tasks" -> "acceptanceTask";
            case "tokens" -> "token";
            case "action-items" -> "actionItem";
            case "users" -> "userAccount";
            case "webhooks" -> "webhook";
            case "sso-providers" -> "ssoProvider";
            case "baselines" -> "baseline";
            case "change-requests", "changes" -> "changeRequest";
            case "comments" -> "comment";
            case "customers" -> "customer";
            case "contacts" -> "contact";
            case "departments" -> "department";
            case "notifications", "inbox" -> "notification";
            case "meetings" -> "meeting";
            case "people" -> "person";
            case "orders" -> "order";
            case "quotes" -> "quote";
            case "programs" -> "program";
            case "projects" -> "project";
            case "findings" -> "finding";
            case "imports" -> "researchImport";
            case "opportunities" -> "opportunity";
            case "spec-items" -> "specItem";
            case "revisions" -> parent.equals("templates") ? "templateRevision" : "number";
            case "status-reports" -> "statusReport";
            case "trace-links" -> "traceLink";
            case "variants" -> "variant";
            default -> throw new IllegalStateException("Unknown {id} after /" + segment + "/ in " + pattern);
        };
    }

    /** The request of a case: method, path, CSRF token by the caller, and a body for state-changing calls. */
    AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, String scope, Persona persona) {
        String path = path(endpoint, scope, persona);
        List<String> kinds = entityKinds(endpoint);
        version = kinds.isEmpty() || scope.equals("missing") || endpoint.pattern().equals(STREAM) ? 0
                : world.version(kinds.get(kinds.size() - 1), world.id(kinds.get(kinds.size() - 1), scope, persona));
        HttpMethod method = HttpMethod.valueOf(endpoint.method());
        if (endpoint.consumes().contains(MediaType.MULTIPART_FORM_DATA)) {
            return MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", "matrix.csv", "text/csv",
                    "title,summary\nMatrix,Matrix\n".getBytes()));
        }
        AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(method, path);
        endpoint.headers().stream().filter(h -> !h.isNegated())
                .forEach(h -> request.header(h.getName(), h.getValue() == null ? "true" : h.getValue()));
        endpoint.params().stream().filter(p -> !p.isNegated())
                .forEach(p -> request.param(p.getName(), p.getValue() == null ? "true" : p.getValue()));
        if (endpoint.pattern().equals(STREAM)) {
            request.param("topics", topics(scope, persona));
        }
        if (!endpoint.changesState()) {
            requestParameters(endpoint, request, true);
            return request;
        }
        var body = endpoint.parameterAnnotated(RequestBody.class);
        if (body != null) {
            Object json = sample(body.getName(), body.getParameterizedType(), 0);
            return request.contentType(MediaType.APPLICATION_JSON).content(Json.write(json));
        }
        var form = endpoint.parameterAnnotated(ModelAttribute.class);
        if (form == null && endpoint.handler().getMethod().getParameterCount() > 0) {
            form = java.util.Arrays.stream(endpoint.handler().getMethod().getParameters())
                    .filter(p -> p.getType().getName().startsWith(Endpoints.OURS) && p.getType().getName().endsWith("Form"))
                    .findFirst().orElse(null);
        }
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (form != null && sample(form.getName(), form.getParameterizedType(), 0) instanceof Map<?, ?> fields) {
            fields.forEach((name, value) -> formField(request, String.valueOf(name), value));
        }
        requestParameters(endpoint, request, false);
        return request;
    }

    /** Request parameters of the handler: the required ones for a read, all of them for a change. */
    private void requestParameters(Endpoint endpoint, AbstractMockHttpServletRequestBuilder<?> request, boolean requiredOnly) {
        for (var parameter : endpoint.handler().getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param == null || parameter.getType().getName().contains("Multipart") || Map.class.isAssignableFrom(parameter.getType())) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName();
            boolean required = param.required()
                    && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE);
            if ((required || !requiredOnly) && !name.equals("topics")) {
                formField(request, name, sample(name, parameter.getParameterizedType(), 0));
            }
        }
    }

    /**
     * Topics of a live stream: own ones (the project, a quote and a meeting of the own world, the decision queue and
     * the persona's own inbox), other ones (another project's, another organisation's quote, another person's inbox),
     * or a project that does not exist.
     */
    private String topics(String scope, Persona persona) {
        return switch (scope) {
            case "own" -> "project:" + world.ownId("project") + ",quote:" + world.ownId("quote") + ",meeting:"
                    + world.ownId("meeting") + ",decisions" + (world.personOf(persona) == null ? ""
                    : ",person:" + world.personOf(persona));
            case "other" -> "project:" + world.otherId("project") + ",quote:" + world.otherId("quote") + ",meeting:"
                    + world.otherId("meeting") + ",administration,person:" + world.otherPerson();
            default -> "project:" + MatrixWorld.MISSING_ID;
        };
    }

    private static void formField(AbstractMockHttpServletRequestBuilder<?> request, String name, Object value) {
        if (value instanceof Collection<?> values) {
            int i = 0;
            for (Object element : values) {
                if (element instanceof Map<?, ?> nested) {
                    int index = i;
                    nested.forEach((k, v) -> formField(request, name + "[" + index + "]." + k, v));
                } else {
                    request.param(name, String.valueOf(element));
                }
                i++;
            }
        } else if (value instanceof Map<?, ?> nested) {
            nested.forEach((k, v) -> formField(request, name + "." + k, v));
        } else if (value != null) {
            request.param(name, String.valueOf(value));
        }
    }

    /** A plausible value of a type: ids of the own world for fields that name a thing, sensible text and numbers. */
    Object sample(String name, Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        String lower = name == null ? "" : name.toLowerCase();
        if (raw == String.class) {
            if (lower.contains("email")) return "matrix.check@example.test";
            if (lower.contains("url") || lower.contains("website") || lower.contains("link")) return "https://hooks.example.com/matrix";
            if (lower.contains("password")) return "Matrix-Check-Pass-2026!";
            if (lower.contains("currency")) return "EUR";
            if (lower.equals("code")) return "MTX";
            if (lower.contains("timezone") || lower.equals("zone")) return "Europe/Berlin";
            if (lower.contains("date")) return LocalDate.now().plusDays(14).toString();
            return "Matrix check";
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class || raw == Short.class) {
            long value = number(lower);
            return raw == Integer.class || raw == int.class ? (Object) (int) value : (Object) value;
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class) return 10;
        if (raw == Boolean.class || raw == boolean.class) return true;
        if (raw.isEnum()) return raw.getEnumConstants()[0].toString();
        if (raw == LocalDate.class) return LocalDate.now().plusDays(lower.contains("end") ? 60 : 14).toString();
        if (raw == Instant.class || raw == OffsetDateTime.class) return Instant.now().plus(Duration.ofDays(14)).toString();
        if (raw == LocalDateTime.class) return LocalDateTime.now().plusDays(14).withNano(0).toString();
        if (raw == LocalTime.class) return "10:00";
        if (raw == Duration.class) return "PT1H";
        if (raw == ZoneId.class) return "Europe/Berlin";
        if (raw == Optional.class) return null;
        if (depth > 3) return null;
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            String singular = lower.endsWith("ids") ? lower.substring(0, lower.length() - 1) : lower;
            Object value = sample(singular, element, depth + 1);
            return value == null ? List.of() : List.of(value);
        }
        if (Map.class.isAssignableFrom(raw)) return Map.of();
        if (raw.getName().startsWith(Endpoints.OURS)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    object.put(component.getName(), sample(component.getName(), component.getGenericType(), depth + 1));
                }
            } else {
                for (Field field : raw.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        object.put(field.getName(), sample(field.getName(), field.getGenericType(), depth + 1));
                    }
                }
            }
            return object;
        }
        return null;
    }

    private long number(String name) {
        if (name.equals("version")) return version;
        if (name.endsWith("index") || name.equals("position")) return 0;
        if (name.contains("percent")) return 10;
        if (name.contains("score")) return 5;
        if (name.contains("days") || name.contains("minutes")) return 30;
        if (name.contains("department")) return world.ownId("department");
        if (name.contains("program")) return world.ownId("program");
        if (name.contains("project")) return world.ownId("project");
        if (name.contains("baseline")) return world.ownId("baseline");
        if (name.contains("template")) return world.ownId("templateRevision");
        if (name.contains("customerorganisation") || name.equals("customerid") || name.equals("customer")) return world.ownId("customer");
        if (name.contains("contact")) return world.ownId("contact");
        if (name.contains("changerequest")) return world.ownId("changeRequest");
        if (name.contains("specitem") || name.equals("itemid")) return world.ownId("specItem");
        if (name.contains("review")) return world.ownId("gateReview");
        if (name.contains("person") || name.contains("manager") || name.contains("chair") || name.contains("owner")
                || name.contains("gatekeeper") || name.contains("assignee") || name.contains("attendee")) {
            return world.ownId("person");
        }
        return 1;
    }

    /** Enough JSON for sample bodies. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            if (value == null) return "null";
            if (value instanceof String s) return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            if (value instanceof Number || value instanceof Boolean) return value.toString();
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(write(String.valueOf(k))).append(':').append(write(v)));
                return out.append('}').toString();
            }
            if (value instanceof Collection<?> list) {
                StringBuilder out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(write(v)));
                return out.append(']').toString();
            }
            return write(value.toString());
        }
    }
}
