package org.integrationgateway.hostile;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Sends hostile cases to the API of the demo world and judges each answer: below 500, no internal detail in the
 * body, and — when the request was refused — not a row of the database changed. Staff operations are sent as the
 * K7 project manager, made administrator and PMO too, so that authorization lets the input through to
 * validation and the domain; portal operations as a customer contact of Bellamy Foods.
 */
final class HostileApi {

    /** What no answer may show: stack traces, class and package names, SQL, driver messages. */
    static final Pattern LEAK = Pattern.compile("Exception|\\bat (org|java|jdk|sun|tools)\\.|\\bjava\\.|javax\\.|jakarta\\."
            + "|org\\.springframework|org\\.h2|org\\.postgresql|org\\.integrationgateway|tools\\.jackson|com\\.fasterxml"
            + "|SQLState|SQL statement|\\bjdbc\\b|Caused by|\\bselect\\b[^\"]{0,200}\\bfrom\\b|\\binsert into\\b"
            + "|\\bdelete from\\b|\\bupdate\\b[^\"]{0,80}\\bset\\b|constraint \"|NULL not allowed|Value too long"
            + "|\\$Proxy|CGLIB|\\.java:\\d+", Pattern.CASE_INSENSITIVE);

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final DatabaseChecksum checksum;
    private final CurrentUser staff;
    private final CurrentUser customer;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> tables;
    private Map<String, String> current;

    /** Figures of a run. */
    int sent;
    int serverErrors;
    int leaks;
    int changedByRejected;
    final List<String> failures = new ArrayList<>();
    /** The texts of accepted writes: stored, they may come back in any later answer (lists, the audit log). */
    private final Set<String> acceptedTexts = new HashSet<>();
    final Set<String> operations = new LinkedHashSet<>();
    /** How many answers had each status, lowest first. */
    final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    HostileApi(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.checksum = new DatabaseChecksum(jdbc);
        this.tables = new LinkedHashSet<>(jdbc.queryForList("select lower(table_name) from information_schema.tables "
                + "where table_schema = 'public'", String.class));
        long sofia = account("sofia.marin@kestrel.example");
        for (Role role : List.of(Role.ADMINISTRATOR, Role.PMO)) {
            jdbc.update("insert into user_role (user_account, role) select ?, ? where not exists "
                    + "(select 1 from user_role where user_account = ? and role = ?)", sofia, role.name(), sofia, role.name());
        }
        this.staff = user("sofia.marin@kestrel.example");
        this.customer = user("hannah.bellamy@bellamyfoods.example");
    }

    /** Appends a line to {@code target/hostile-input.log}, the running record of a run. */
    void log(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "hostile-input.log"), line + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void fail(String failure) {
        failures.add(failure);
        log(failure);
    }

    /** The API as the application documents it. */
    List<ApiOperation> operations() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ApiOperation.of(HostileCorpus.JSON.readTree(document));
    }

    /** The id of a real record for a path variable, guessed from its name or the path segment before it. */
    String idFor(ApiOperation operation, String variable) {
        String segment = segmentBefore(operation.path(), variable);
        return ids.computeIfAbsent(variable + "@" + segment, key -> {
            List<String> candidates = new ArrayList<>();
            if (!variable.equals("id")) {
                candidates.add(snake(variable.replaceAll("Id$", "")));
            }
            String s = snake(segment.replace('-', '_'));
            candidates.add(s);
            candidates.add(s.replaceAll("ies$", "y"));
            candidates.add(s.replaceAll("s$", ""));
            candidates.add(s.replaceAll("es$", ""));
            for (String table : candidates) {
                if (tables.contains(table)) {
                    Long id = jdbc.queryForObject("select min(id) from \"" + table + "\"", Long.class);
                    if (id != null) {
                        return String.valueOf(id);
                    }
                }
            }
            return variable.equals("id") || variable.endsWith("Id") ? "1" : "fuzz";
        });
    }

    /** Sends a case and records what was wrong with the answer; returns the status. */
    int send(HostileCase hostile) throws Exception {
        ApiOperation operation = hostile.operation();
        operations.add(operation.id());
        // Reads too: a rejected read must change nothing either, and an accepted one may write (downloading a
        // project export is audited), which must not be blamed on the next rejected request.
        boolean checked = true;
        if (checked && current == null) {
            current = checksum.take();
        }
        MockHttpServletResponse response = mvc.perform(build(hostile)).andReturn().getResponse();
        sent++;
        int status = response.getStatus();
        statuses.merge(status, 1, Integer::sum);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            serverErrors++;
            fail(status + " " + hostile + " " + abbreviate(body));
        }
        if (LEAK.matcher(withoutEchoes(body, hostile, acceptedTexts)).find()
                || LEAK.matcher(String.valueOf(response.getErrorMessage())).find()) {
            leaks++;
            fail("leak " + status + " " + hostile + " " + abbreviate(body));
        }
        if (checked) {
            if (status >= 400) {
                Map<String, String> after = checksum.take();
                List<String> changed = DatabaseChecksum.differences(current, after);
                if (!changed.isEmpty()) {
                    changedByRejected++;
                    fail("changed " + changed + " by rejected " + status + " " + hostile);
                }
                current = after;
            } else {
                acceptedTexts.addAll(textsOf(hostile));
                settle();
                current = checksum.take();
            }
        }
        return status;
    }

    /**
     * The answer without the texts that are the client's own, given back as stored: a name the client sent that reads
     * "java.lang…" is the client's text, not a leak (a fuzzing run taught itself the judge's patterns and found this,
     * first in the answer to the write, then in a later list and in the audit log, then JSON-escaped inside a project
     * export's audit rows). In a JSON answer, every string
     * value that is part of a text the client sent (in this request, or in an accepted write before) is blanked, and
     * such texts inside longer values are cut out; anything else, and every other answer, is judged whole.
     */
    static String withoutEchoes(String body, HostileCase hostile, Set<String> sentBefore) {
        if (!(body.startsWith("{") || body.startsWith("["))) {
            return body;
        }
        JsonNode answer;
        try {
            answer = ECHO_JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return body;
        }
        Set<String> own = new HashSet<>(sentBefore);
        own.addAll(textsOf(hostile));
        // as they appear inside a JSON document stored as text (an audit entry's state, an export's rows)
        for (String text : List.copyOf(own)) {
            String escaped = ECHO_JSON.writeValueAsString(text);
            own.add(escaped.substring(1, escaped.length() - 1));
        }
        return blankEchoes(answer, own).toString();
    }

    /** The texts a request carries: its body (raw and its JSON string values) and its address (raw and decoded). */
    static Set<String> textsOf(HostileCase hostile) {
        String sent = hostile.body() == null ? "" : new String(hostile.body(), StandardCharsets.UTF_8);
        Set<String> texts = new HashSet<>();
        texts.add(sent);
        texts.add(hostile.uri());
        try {
            texts.add(URLDecoder.decode(hostile.uri(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // the address as sent is there already
        }
        try {
            collectStrings(ECHO_JSON.readTree(sent), texts);
        } catch (RuntimeException notJson) {
            // its raw text is there already
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }

    private static final JsonMapper ECHO_JSON = JsonMapper.builder().build();

    private static void collectStrings(JsonNode node, Set<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        }
        node.forEach(child -> collectStrings(child, into));
    }

    private static JsonNode blankEchoes(JsonNode node, Set<String> own) {
        if (node.isString()) {
            String stored = node.asString();
            if (stored.isEmpty() || own.stream().anyMatch(text -> text.contains(stored))) {
                return StringNode.valueOf("");
            }
            String value = stored;
            for (String text : own) {
                if (text.length() >= 4) {
                    value = value.replace(text, "");
                }
            }
            return StringNode.valueOf(value);
        }
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(name -> object.set(name, blankEchoes(object.get(name), own)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, blankEchoes(array.get(i), own));
            }
        }
        return node;
    }

    /**
     * After an accepted write, waits until the listeners it set off and the stream's sequencer have finished, so they
     * change nothing later.
     */
    private void settle() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                        Integer.class) == 0
                        && jdbc.queryForObject("select count(*) from research_import where state in ('QUEUED', 'RUNNING')",
                        Integer.class) == 0
                        // the stream's sequencer numbers committed events in the background (found on a busy machine)
                        && jdbc.queryForObject("select count(*) from stream_event where position is null",
                        Integer.class) == 0);
    }

    private RequestBuilder build(HostileCase hostile) {
        URI uri = URI.create(hostile.uri());
        CurrentUser user = hostile.operation().path().startsWith("/api/portal") ? customer : staff;
        String[] accepted = {"application/json", "application/problem+json", "text/csv", "text/event-stream", "*/*"};
        if (hostile.multipartFile() != null) {
            MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(hostile.operation().method()), uri);
            upload.file(new MockMultipartFile("file", "hostile.csv", "text/csv", hostile.multipartFile()));
            return upload.accept(accepted).with(TestUsers.as(user)).with(csrf());
        } else {
            MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(hostile.operation().method()), uri);
            if (hostile.body() != null) {
                builder.content(hostile.body());
            }
            if (hostile.contentType() != null) {
                builder.contentType(hostile.contentType());
            }
            return builder.accept(accepted).with(TestUsers.as(user)).with(csrf());
        }
    }

    private long account(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private CurrentUser user(String email) {
        Map<String, Object> row = jdbc.queryForMap("select id, display_name, customer_organisation from user_account "
                + "where email = ?", email);
        long id = ((Number) row.get("id")).longValue();
        Set<Role> roles = new LinkedHashSet<>(jdbc.queryForList("select role from user_role where user_account = ?",
                String.class, id).stream().map(Role::valueOf).toList());
        Object organisation = row.get("customer_organisation");
        return new CurrentUser(id, email, (String) row.get("display_name"), roles,
                organisation == null ? null : ((Number) organisation).longValue());
    }

    private static String segmentBefore(String path, String variable) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + variable + "}")) {
                return segments[i - 1];
            }
        }
        return "";
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
