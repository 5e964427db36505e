package org.integrationgateway.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The world the authorization matrix asks about: the Kestrel demo organisation (K7 and its team, the customers
 * Bellamy Foods and Orchid Pharma) plus {@code security/authorization-world.sql}, with the ids of every kind of thing
 * in three scopes. {@code own}: a thing of project K7 (where the personas have their roles) or of Bellamy Foods (the
 * customer persona's organisation). {@code other}: the same kind of thing on project SFF (where none of the personas
 * has a role) or of Orchid Pharma, copied from the own one where the demo has none. {@code missing}: an id that does
 * not exist.
 */
final class MatrixWorld {

    /** The people the matrix asks as; each column of the policy table is one of them. */
    enum Persona {
        ADMINISTRATOR("administrator", "admin@kestrel.example"),
        PMO("pmo", "ada.lindqvist@kestrel.example"),
        MANAGER("manager", "sofia.marin@kestrel.example"),
        ENGINEER("engineer", "lena.vogt@kestrel.example"),
        MARKETING("marketing", "priya.natarajan@kestrel.example"),
        SALES("sales", "marco.ricci@kestrel.example"),
        GATEKEEPER("gatekeeper", "tom.achebe@kestrel.example"),
        CUSTOMER("customer", "hannah.bellamy@bellamyfoods.example"),
        ANONYMOUS("anonymous", null);

        final String column;
        final String email;

        Persona(String column, String email) {
            this.column = column;
            this.email = email;
        }
    }

    static final long MISSING_ID = 987_654_321L;
    static final String MISSING_TEXT = "NO-SUCH-9";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Map<String, Long> own = new HashMap<>();
    private final Map<String, Long> other = new HashMap<>();
    private final Map<Persona, CurrentUser> users = new EnumMap<>(Persona.class);
    private final Map<Persona, Long> ownTokens = new EnumMap<>(Persona.class);
    private final Map<Persona, Long> ownNotifications = new EnumMap<>(Persona.class);
    private final Map<Persona, Long> persons = new EnumMap<>(Persona.class);
    private long otherPerson;
    private long otherToken;
    private long otherNotification;
    private final Map<String, String> texts = new HashMap<>();

    MatrixWorld(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Adds what the demo lacks and reads every id; run once, committed. */
    MatrixWorld build() {
        new ResourceDatabasePopulator(new ClassPathResource("security/authorization-world.sql")).execute(jdbc.getDataSource());
        for (Persona persona : Persona.values()) {
            if (persona.email != null) {
                users.put(persona, user(persona.email));
            }
        }
        long k7 = id("select id from project where code = 'K7'");
        long sff = id("select id from project where code = 'SFF'");
        long bellamy = id("select id from customer where name = 'Bellamy Foods'");
        long orchid = id("select id from customer where name = 'Orchid Pharma'");
        put("project", k7, sff);
        put("customer", bellamy, orchid);
        put("contact", id("select id from customer_contact where email = 'hannah.bellamy@bellamyfoods.example'"),
                id("select id from customer_contact where email = 'victor.osei@orchidpharma.example'"));
        own.put("program", id("select id from program where code = 'KSER'"));
        own.put("department", id("select id from department where name = 'Engineering'"));
        own.put("person", personOf("lena.vogt@kestrel.example"));
        own.put("userAccount", users.get(Persona.ENGINEER).accountId());
        own.put("finding", id("select min(id) from research_finding"));
        own.put("researchImport", id("select min(id) from research_import"));
        own.put("webhook", id("select min(id) from webhook_endpoint"));
        own.put("ssoProvider", id("select min(id) from sso_provider"));
        own.put("templateRevision", id("select min(id) from process_template where code = 'STANDARD'"));
        own.put("traceLink", id("select min(id) from trace_link"));
        put("assignment", id("select min(m.id) from matrix_assignment m join person p on p.id = m.person "
                        + "where m.project = " + k7 + " and p.email = 'lena.vogt@kestrel.example'"),
                id("select min(id) from matrix_assignment where project = " + sff));

        long changeRequest = id("select min(id) from change_request where project = " + k7);
        put("changeRequest", changeRequest, clone("change_request", changeRequest, Map.of("project", sff)));
        long specItem = id("select i.id from spec_item i where i.project = " + k7 + " and i.item_key = 'SPEC-22'");
        long otherItem = clone("spec_item", specItem, Map.of("project", sff));
        jdbc.queryForList("select id from spec_item_revision where spec_item = ?", Long.class, specItem)
                .forEach(revision -> clone("spec_item_revision", revision, Map.of("spec_item", otherItem)));
        put("specItem", specItem, otherItem);
        long baseline = id("select id from baseline where project = " + k7 + " and number = 2");
        put("baseline", baseline, clone("baseline", baseline, mapOf("project", sff, "gate_review", null)));
        long review = id("select min(id) from gate_review where project = " + k7);
        put("gateReview", review, clone("gate_review", review, Map.of("project", sff,
                "project_lifecycle", id("select id from project_lifecycle where project = " + sff))));
        long meeting = id("select id from meeting where ical_uid = 'authz-matrix-k7@kestrel.example'");
        long otherMeeting = clone("meeting", meeting, Map.of("project_id", sff, "ical_uid", "authz-matrix-sff@kestrel.example"));
        put("meeting", meeting, otherMeeting);
        long actionItem = id("select min(id) from action_item where meeting_id = " + meeting);
        put("actionItem", actionItem, clone("action_item", actionItem, Map.of("project_id", sff, "meeting_id", otherMeeting)));
        long report = id("select min(id) from status_report where project_id = " + k7);
        put("statusReport", report, clone("status_report", report, Map.of("project_id", sff)));
        long comment = id("select min(id) from discussion_comment where project_id = " + k7 + " and target_kind = 'change-request'");
        put("comment", comment, clone("discussion_comment", comment,
                Map.of("project_id", sff, "target_id", other.get("changeRequest"))));

        long order = id("select min(id) from sales_order where customer = " + bellamy);
        long quote = id("select min(id) from quote where customer = " + bellamy + " and state = 'ORDERED'");
        long otherQuote = id("select min(id) from quote where customer = " + orchid);
        put("quote", quote, otherQuote);
        // Marco's deals, by title: the demo script inserts several opportunities in one statement, and the order in
        // which a database numbers them is its own (PostgreSQL and H2 differ), so min(id) would pick another owner's.
        put("opportunity", id("select id from opportunity where title = 'K7 packaging line with servo film feeder'"),
                id("select id from opportunity where title = 'K7 line in 316L stainless for sterile packs'"));
        put("variant", id("select min(id) from variant where customer = " + bellamy),
                id("select min(id) from variant where customer = " + orchid));
        long otherOrder = clone("sales_order", order, Map.of("customer", orchid, "quote", otherQuote,
                "opportunity", id("select opportunity from quote where id = " + otherQuote),
                "variant", other.get("variant")));
        put("order", order, otherOrder);
        long task = id("select min(id) from acceptance_task where customer = " + bellamy);
        long otherTask = clone("acceptance_task", task, mapOf("customer", orchid, "sales_order", otherOrder,
                "variant", other.get("variant"), "assignee", other.get("contact"), "assignee_name", "Victor Osei"));
        put("acceptanceTask", task, otherTask);
        long decidedTask = clone("acceptance_task", task, Map.of("state", "ACCEPTED"));
        long otherDecidedTask = clone("acceptance_task", otherTask, Map.of("state", "ACCEPTED"));
        put("acceptanceRecord", record(decidedTask, own.get("contact"), users.get(Persona.CUSTOMER).accountId()),
                record(otherDecidedTask, other.get("contact"), user("victor.osei@orchidpharma.example").accountId()));

        texts.put("templateCode", "STANDARD");
        texts.put("measure", "bookings");
        texts.put("discussionKind", "change-request");
        texts.put("itemKeyOwn", jdbc.queryForObject("select min(item_key) from variant_override where variant = ?",
                String.class, own.get("variant")));
        texts.put("itemKeyOther", jdbc.queryForObject("select min(item_key) from variant_override where variant = ?",
                String.class, other.get("variant")));
        texts.put("stageIndex", String.valueOf(id("select current_stage from project_lifecycle where project = " + k7)));

        long ines = user("ines.duarte@kestrel.example").accountId();
        otherToken = token(ines);
        otherPerson = personOf("ines.duarte@kestrel.example");
        otherNotification = notification(otherPerson);
        for (Persona persona : users.keySet()) {
            ownTokens.put(persona, token(users.get(persona).accountId()));
            Long person = personOfAccount(users.get(persona).accountId());
            if (person != null) {
                persons.put(persona, person);
                ownNotifications.put(persona, notification(person));
            }
        }
        return this;
    }

    /** The persona's person (staff), or null (customer contacts, anonymous). */
    Long personOf(Persona persona) {
        return persons.get(persona);
    }

    /** A person none of the personas is. */
    long otherPerson() {
        return otherPerson;
    }

    CurrentUser user(Persona persona) {
        return users.get(persona);
    }

    /** The id of a kind in a scope, for a persona (tokens and notifications are personal); null when there is none. */
    Long id(String kind, String scope, Persona persona) {
        if (scope.equals("missing")) {
            return MISSING_ID;
        }
        boolean mine = !scope.equals("other");
        return switch (kind) {
            case "token" -> mine ? ownTokens.getOrDefault(persona, otherToken) : otherToken;
            case "notification" -> mine ? ownNotifications.getOrDefault(persona, otherNotification) : otherNotification;
            default -> mine ? own.get(kind) : other.get(kind);
        };
    }

    private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("comment", "discussion_comment"),
            Map.entry("traceLink", "trace_link"), Map.entry("token", "api_token"), Map.entry("finding", "research_finding"),
            Map.entry("quote", "quote"), Map.entry("opportunity", "opportunity"), Map.entry("variant", "variant"),
            Map.entry("specItem", "spec_item"), Map.entry("assignment", "matrix_assignment"),
            Map.entry("gateReview", "gate_review"), Map.entry("acceptanceTask", "acceptance_task"),
            Map.entry("contact", "customer_contact"), Map.entry("webhook", "webhook_endpoint"),
            Map.entry("ssoProvider", "sso_provider"),
            Map.entry("userAccount", "user_account"), Map.entry("project", "project"), Map.entry("program", "program"),
            Map.entry("department", "department"), Map.entry("person", "person"), Map.entry("customer", "customer"),
            Map.entry("meeting", "meeting"), Map.entry("actionItem", "action_item"),
            Map.entry("changeRequest", "change_request"), Map.entry("statusReport", "status_report"));

    /** The current version of a thing, so that a request is not refused as stale before it is authorized; 0 if none. */
    long version(String kind, Long id) {
        String table = TABLES.get(kind);
        if (table == null || id == null) {
            return 0;
        }
        List<Long> versions = jdbc.queryForList("select version from " + table + " where id = ?", Long.class, id);
        return versions.isEmpty() || versions.get(0) == null ? 0 : versions.get(0);
    }

    boolean hasOther(String kind) {
        return kind.equals("token") || kind.equals("notification") || other.containsKey(kind);
    }

    String text(String name) {
        return texts.get(name);
    }

    /** Every name, code and id of Orchid Pharma's things that a Bellamy contact must never be shown. */
    Map<String, String> foreignMarkers() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("customer name", "Orchid Pharma");
        markers.put("contact", "Victor Osei");
        markers.put("contact e-mail", "victor.osei@orchidpharma.example");
        jdbc.queryForList("select title from opportunity where customer = ?", String.class, other.get("customer"))
                .forEach(title -> markers.put("opportunity title " + title, title));
        jdbc.queryForList("select name from variant where customer = ?", String.class, other.get("customer"))
                .forEach(name -> markers.put("variant name " + name, name));
        markers.put("order number", String.format("ORD-%04d", other.get("order")));
        return markers;
    }

    long otherId(String kind) {
        return other.get(kind);
    }

    long ownId(String kind) {
        return own.get(kind);
    }

    private void put(String kind, long ownId, long otherId) {
        own.put(kind, ownId);
        other.put(kind, otherId);
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        if (id == null) {
            throw new IllegalStateException("The matrix world has nothing for: " + sql);
        }
        return id;
    }

    private CurrentUser user(String email) {
        Map<String, Object> row = jdbc.queryForMap(
                "select id, display_name, customer_organisation from user_account where email = ?", email);
        long id = ((Number) row.get("id")).longValue();
        Set<Role> roles = jdbc.queryForList("select role from user_role where user_account = ?", String.class, id)
                .stream().map(Role::valueOf).collect(Collectors.toSet());
        Number organisation = (Number) row.get("customer_organisation");
        return new CurrentUser(id, email, (String) row.get("display_name"), roles,
                organisation == null ? null : organisation.longValue());
    }

    private long personOf(String email) {
        return id("select id from person where email = '" + email + "'");
    }

    private Long personOfAccount(long account) {
        List<Long> ids = jdbc.queryForList("select id from person where user_account = ?", Long.class, account);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private long token(long account) {
        String hash = String.format("%064x", account * 7919 + 13);
        return insert("api_token", mapOf("user_account", account, "name", "matrix", "token_hash", hash,
                "token_prefix", "igw_matrix", "created_at", Timestamp.from(Instant.now()), "version", 0));
    }

    private long notification(long person) {
        return insert("notification", mapOf("person_id", person, "kind", "ATTENTION", "title", "Matrix notice",
                "link", "/", "source", "matrix", "trigger_id", "matrix-" + person, "urgent", false,
                "email_state", "SKIPPED", "created_at", Timestamp.from(Instant.now())));
    }

    private long record(long task, long contact, long account) {
        Map<String, Object> t = jdbc.queryForMap("select * from acceptance_task where id = ?", task);
        Map<String, Object> item = jdbc.queryForMap("select r.id, r.revision, r.title from spec_item_revision r "
                + "join spec_item i on i.id = r.spec_item where i.project = ? and i.item_key = ? order by r.revision desc "
                + "limit 1", t.get("project"), t.get("deliverable_key"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("acceptance_task", task);
        values.put("outcome", "ACCEPTED");
        values.put("project", t.get("project"));
        values.put("customer", t.get("customer"));
        values.put("sales_order", t.get("sales_order"));
        values.put("deliverable_key", t.get("deliverable_key"));
        values.put("baseline", own.get("baseline"));
        values.put("baseline_label", "Baseline 2");
        values.put("item_revision", item.get("id"));
        values.put("revision_label", "r" + item.get("revision"));
        values.put("item_title", item.get("title"));
        values.put("decided_by_contact", contact);
        values.put("decided_by_account", account);
        values.put("decided_by_name", "Matrix");
        values.put("decided_at", Timestamp.from(Instant.now()));
        values.put("first_time", true);
        values.put("content", "matrix");
        values.put("content_hash", "0".repeat(64));
        return insert("acceptance_record", values);
    }

    /** Copies a row with some columns changed and returns the new row's id. */
    private long clone(String table, long id, Map<String, Object> changes) {
        Map<String, Object> row = new LinkedHashMap<>();
        jdbc.queryForMap("select * from " + table + " where id = ?", id).forEach((column, value) -> {
            if (!column.equalsIgnoreCase("id")) {
                row.put(column.toLowerCase(), value);
            }
        });
        row.putAll(changes);
        return insert(table, row);
    }

    private long insert(String table, Map<String, Object> values) {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
        var keys = new GeneratedKeyHolder();
        named.update(sql, new MapSqlParameterSource(values), keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
