package org.integrationgateway.dataset;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates a large organisation into an empty database with batched plain-SQL inserts. Ids are assigned here
 * (after the largest existing id of each table), so no row is ever read back; at the end each identity column is
 * restarted after the largest id, so that the application's own inserts continue from there. The same settings
 * (scale, seed, anchor) always give the same rows. Refuses a database that already holds people.
 */
@Component
public class DatasetGenerator {

    /** The password of every generated account (the known ones are listed in {@code docs/performance.md}). */
    public static final String PASSWORD = "dataset-demo";
    public static final String ADMIN = "admin@dataset.example";
    public static final String PMO = "pmo@dataset.example";
    public static final String MANAGER = "pm@dataset.example";
    public static final String SALES = "sales@dataset.example";
    public static final String CUSTOMER = "contact@customer1.example";

    /** Change requests per project, whatever the scale. */
    public static final int REQUESTS_PER_PROJECT = 100;
    /** Spec items per project, whatever the scale. */
    public static final int ITEMS_PER_PROJECT = 20;
    /** Every this many projects (from the first) is managed by {@link #MANAGER}. */
    public static final int MANAGER_EVERY = 50;

    private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);
    private static final String[] DEPARTMENTS = {"Marketing", "Sales", "Engineering", "Project Office", "Quality",
            "Operations"};
    private static final String[] KINDS = {"MARKETING", "SALES", "ENGINEERING", "PMO", "QUALITY", "OTHER"};
    private static final String[] FIRST = {"Ada", "Ben", "Clara", "David", "Elena", "Felix", "Grace", "Hugo", "Ines",
            "Jonas", "Kira", "Liam", "Maya", "Noah", "Olga", "Pavel", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wim",
            "Yara", "Zeno"};
    private static final String[] LAST = {"Achebe", "Berg", "Costa", "Duarte", "Eriksen", "Fischer", "Garcia", "Hansen",
            "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Marin", "Novak", "Okafor", "Petrov", "Quinn", "Ricci",
            "Schmidt", "Tanaka", "Vogt", "Weber", "Young", "Zhou"};
    private static final String[] STATES = {"DRAFT", "SUBMITTED", "UNDER_ASSESSMENT", "AWAITING_DECISION", "APPROVED",
            "REJECTED", "DEFERRED", "IMPLEMENTED", "VERIFIED", "CLOSED", "WITHDRAWN"};
    private static final String[] ORIGINS = {"MARKETING", "SALES", "CUSTOMER", "MARKET_RESEARCH", "INTERNAL"};
    private static final String[] PRIORITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String[] RISKS = {"LOW", "MEDIUM", "HIGH"};
    private static final String[] CATEGORIES = {"requirement", "mechanical", "electrical", "software", "option"};
    private static final String[] ITEM_PRIORITIES = {"MUST", "SHOULD", "COULD"};
    private static final String[] SUBJECTS = {"conveyor", "sealing jaw", "film feeder", "operator panel", "enclosure",
            "vision system", "label applicator", "safety guard", "servo drive", "control software", "cleaning cycle",
            "changeover", "power supply", "network interface", "documentation"};
    private static final String[] VERBS = {"Upgrade", "Replace", "Extend", "Simplify", "Speed up", "Harden", "Redesign",
            "Add monitoring to", "Certify", "Localise"};
    private static final String[] SEGMENTS = {"Food", "Pharma", "Cosmetics", "Beverages", "Logistics", "Chemicals"};
    private static final String[] SOURCES = {"SURVEY", "INTERVIEW", "COMPETITOR_ANALYSIS", "ANALYST_REPORT",
            "USAGE_DATA", "FIELD_SALES"};

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;

    DatasetGenerator(DataSource dataSource, PasswordEncoder passwordEncoder) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
    }

    /** How many rows of what the generation wrote, in the order written. */
    public record Summary(Map<String, Long> rows, long millis) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Generates the dataset the settings describe into the (empty) database. */
    public Summary generate(DatasetSettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            return new Run(connection, settings).generate();
        } catch (SQLException e) {
            throw new IllegalStateException("The dataset generation failed: " + e.getMessage(), e);
        }
    }

    /** The number of projects, people, … at a scale: never fewer than a working minimum. */
    static int scaled(double scale, int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * scale));
    }

    @SuppressFBWarnings(value = "SQL_INJECTION_JDBC",
            justification = "Table and column names are constants of this class, numbers are longs; nothing comes "
                    + "from a request.")
    private final class Run {

        private final Connection connection;
        private final DatasetSettings settings;
        private final SplittableRandom random;
        private final OffsetDateTime now;
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private final Map<String, Long> base = new LinkedHashMap<>();

        private final int people;
        private final int customers;
        private final int programs;
        private final int projects;
        private final int findings;
        private final int opportunities;
        private final int comments;

        private long template;
        private String[] gateNames;
        private long[] personIds;
        private long[] personAccounts;
        private String[] personNames;
        private int[] personDepartment;
        private long[] departmentIds;
        private long[] customerIds;
        private long[] contactIds;
        private long[] contactAccounts;
        private String[] contactNames;
        private long[] projectIds;
        private int[] projectManager;
        private int[][] projectTeam;
        private int[] projectStage;
        private String[] projectStatus;
        private long[] programIds;
        private long[] itemIds;
        private long[] firstRevisionIds;
        private long[] baselineIds;
        private long firstRequestId;

        Run(Connection connection, DatasetSettings settings) {
            this.connection = connection;
            this.settings = settings;
            this.random = new SplittableRandom(settings.seed());
            LocalDate anchor = settings.anchor() == null ? LocalDate.now(ZoneOffset.UTC) : settings.anchor();
            this.now = anchor.atTime(12, 0).atOffset(ZoneOffset.UTC);
            double scale = settings.scale();
            this.people = scaled(scale, 200, 12);
            this.customers = scaled(scale, 100, 3);
            this.programs = scaled(scale, 20, 2);
            this.projects = scaled(scale, 1_000, 10);
            this.findings = scaled(scale, 20_000, 50);
            this.opportunities = scaled(scale, 2_000, 40);
            this.comments = scaled(scale, 50_000, 100);
        }

        Summary generate() throws SQLException {
            long started = System.nanoTime();
            if (count("person") > 0 || count("project") > 0) {
                throw new IllegalStateException("The database already holds an organisation; the dataset is only "
                        + "generated into an empty one.");
            }
            log.info("Generating the dataset: scale {}, seed {}, anchor {}: {} people, {} projects, {} change requests",
                    settings.scale(), settings.seed(), now.toLocalDate(), people, projects,
                    (long) projects * REQUESTS_PER_PROJECT);
            readTemplate();
            for (String table : List.of("user_account", "department", "person", "customer", "customer_contact",
                    "program", "project", "matrix_assignment", "project_lifecycle", "change_board", "change_envelope",
                    "change_request", "spec_item", "spec_item_revision", "baseline", "research_finding", "opportunity",
                    "quote", "sales_order", "acceptance_task", "acceptance_record", "discussion_comment",
                    "audit_entry")) {
                base.put(table, max(table));
            }
            String passwordHash = passwordEncoder.encode(PASSWORD);
            step("organisation", () -> organisation(passwordHash));
            step("portfolio", this::portfolio);
            step("specifications", this::specifications);
            step("change requests", this::changeRequests);
            step("research", this::research);
            step("sales", this::sales);
            step("comments, audit and stream", this::activity);
            restartIdentities();
            connection.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            Summary summary = new Summary(Map.copyOf(rows), millis);
            log.info("Dataset generated: {} rows in {} s ({} rows/s)", summary.total(), millis / 1000.0,
                    millis == 0 ? summary.total() : summary.total() * 1000 / millis);
            return summary;
        }

        private interface Step {
            void run() throws SQLException;
        }

        private void step(String name, Step step) throws SQLException {
            long started = System.nanoTime();
            long before = total();
            step.run();
            log.info("Dataset: {} done, {} rows in {} ms (total {})", name, total() - before,
                    (System.nanoTime() - started) / 1_000_000, total());
        }

        private long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        private void counted(String table, long n) {
            rows.merge(table, n, Long::sum);
        }

        private BulkWriter writer() throws SQLException {
            return new BulkWriter(connection, settings.batchSize());
        }

        private void progress(String what, long done, long all) {
            if (all >= 20 && done % Math.max(1, all / 10) == 0) {
                log.info("Dataset: {} {}/{}", what, done, all);
            }
        }

        // ---- organisation -----------------------------------------------------------------------------------------

        private void organisation(String passwordHash) throws SQLException {
            long account = base.get("user_account");
            long department = base.get("department");
            long person = base.get("person");
            long customer = base.get("customer");
            long contact = base.get("customer_contact");
            OffsetDateTime created = now.minusYears(3);
            departmentIds = new long[DEPARTMENTS.length];
            personIds = new long[people];
            personAccounts = new long[people];
            personNames = new String[people];
            personDepartment = new int[people];
            customerIds = new long[customers];
            contactIds = new long[customers * 2];
            contactAccounts = new long[customers];
            contactNames = new String[customers * 2];
            try (BulkWriter w = writer()) {
                var accounts = w.table("insert into user_account (id, email, display_name, password_hash, enabled,"
                        + " customer_organisation, credentials_changed_at, created_at, version)"
                        + " values (?, ?, ?, ?, true, ?, ?, ?, 0)");
                var roles = w.table("insert into user_role (user_account, role) values (?, ?)");
                var departments = w.table("insert into department (id, name, kind, version) values (?, ?, ?, 0)");
                var persons = w.table("insert into person (id, full_name, email, department, title, user_account,"
                        + " version) values (?, ?, ?, ?, ?, ?, 0)");
                var customerRows = w.table("insert into customer (id, name, industry, website, version)"
                        + " values (?, ?, ?, ?, 0)");
                var contacts = w.table("insert into customer_contact (id, customer, full_name, email, phone, job_title,"
                        + " user_account, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
                for (int d = 0; d < DEPARTMENTS.length; d++) {
                    departmentIds[d] = ++department;
                    departments.add(departmentIds[d], DEPARTMENTS[d], KINDS[d]);
                }
                for (int i = 0; i < people; i++) {
                    w.endRecord();
                    String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i * 7) % LAST.length];
                    String email = switch (i) {
                        case 0 -> ADMIN;
                        case 1 -> PMO;
                        case 2 -> MANAGER;
                        case 3 -> SALES;
                        default -> "person" + (i + 1) + "@dataset.example";
                    };
                    int dept = switch (i) {
                        case 0, 1 -> 3;
                        case 2 -> 2;
                        case 3 -> 1;
                        default -> i % 4 == 0 ? 2 : i % DEPARTMENTS.length;
                    };
                    String role = switch (i) {
                        case 0 -> "ADMINISTRATOR";
                        case 1 -> "PMO";
                        default -> "STAFF";
                    };
                    personAccounts[i] = ++account;
                    personIds[i] = ++person;
                    personNames[i] = name;
                    personDepartment[i] = dept;
                    accounts.add(personAccounts[i], email, name, passwordHash, null, created, created);
                    roles.add(personAccounts[i], role);
                    persons.add(personIds[i], name, email, departmentIds[dept], DEPARTMENTS[dept] + " " + (i % 4 == 0
                            ? "lead" : "specialist"), personAccounts[i]);
                }
                for (int c = 0; c < customers; c++) {
                    w.endRecord();
                    customerIds[c] = ++customer;
                    String segment = SEGMENTS[c % SEGMENTS.length];
                    customerRows.add(customerIds[c], segment + " Customer " + (c + 1), segment,
                            "https://customer" + (c + 1) + ".example");
                    for (int k = 0; k < 2; k++) {
                        int index = c * 2 + k;
                        String name = FIRST[(index + 5) % FIRST.length] + " " + LAST[(index * 5 + 3) % LAST.length];
                        String email = (k == 0 ? "contact" : "buyer") + "@customer" + (c + 1) + ".example";
                        Long userAccount = null;
                        if (k == 0) {
                            contactAccounts[c] = ++account;
                            userAccount = contactAccounts[c];
                            accounts.add(userAccount, email, name, passwordHash, customerIds[c], created, created);
                            roles.add(userAccount, "CUSTOMER_CONTACT");
                        }
                        contactIds[index] = ++contact;
                        contactNames[index] = name;
                        contacts.add(contactIds[index], customerIds[c], name, email, "+1 555 01" + (index % 100),
                                k == 0 ? "Plant manager" : "Buyer", userAccount);
                    }
                }
            }
            counted("department", DEPARTMENTS.length);
            counted("user_account", people + customers);
            counted("user_role", people + customers);
            counted("person", people);
            counted("customer", customers);
            counted("customer_contact", customers * 2L);
        }

        // ---- portfolio, lifecycles, boards ------------------------------------------------------------------------

        private void portfolio() throws SQLException {
            long program = base.get("program");
            long project = base.get("project");
            long assignment = base.get("matrix_assignment");
            long lifecycle = base.get("project_lifecycle");
            long board = base.get("change_board");
            long envelope = base.get("change_envelope");
            programIds = new long[programs];
            projectIds = new long[projects];
            projectManager = new int[projects];
            projectTeam = new int[projects][];
            projectStage = new int[projects];
            projectStatus = new String[projects];
            int allocation = Math.max(1, Math.min(100, 100 * people / Math.max(1, projects * 6)));
            int assignments = 0;
            int members = 0;
            try (BulkWriter w = writer()) {
                var programRows = w.table("insert into program (id, code, name, description, version) values (?, ?, ?, ?, 0)");
                var projectRows = w.table("insert into project (id, code, name, description, program, manager, status,"
                        + " start_date, end_date, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                var matrix = w.table("insert into matrix_assignment (id, project, person, project_role,"
                        + " allocation_percent, start_date, end_date, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
                var lifecycles = w.table("insert into project_lifecycle (id, project, process_template, current_stage,"
                        + " state, started_at, ended_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
                var boards = w.table("insert into change_board (id, project, rule, quorum, approver, standard_amount,"
                        + " standard_unit, normal_amount, normal_unit, emergency_amount, emergency_unit, changed_at,"
                        + " changed_by, version) values (?, ?, 'SINGLE_APPROVER', 1, ?, 1, 'WORKING_DAYS', 5,"
                        + " 'WORKING_DAYS', 4, 'HOURS', ?, ?, 0)");
                var boardMembers = w.table("insert into change_board_member (change_board, person) values (?, ?)");
                var envelopes = w.table("insert into change_envelope (id, project, revision, max_cost, currency,"
                        + " max_schedule_days, changed_at, changed_by, version) values (?, ?, 1, 5000.00, 'EUR', 5, ?, ?, 0)");
                var envelopeCategories = w.table("insert into change_envelope_category (change_envelope, category)"
                        + " values (?, 'mechanical')");
                for (int g = 0; g < programs; g++) {
                    w.endRecord();
                    programIds[g] = ++program;
                    programRows.add(programIds[g], "PRG" + (g + 1), SEGMENTS[g % SEGMENTS.length] + " program " + (g + 1),
                            "Products for the " + SEGMENTS[g % SEGMENTS.length].toLowerCase() + " segment.");
                }
                for (int j = 0; j < projects; j++) {
                    w.endRecord();
                    projectIds[j] = ++project;
                    int manager = j % MANAGER_EVERY == 0 ? 2 : pick(Department.ENGINEERING_OR_PMO);
                    projectManager[j] = manager;
                    int[] team = {manager, pick(Department.MARKETING), pick(Department.SALES),
                            pick(Department.ENGINEERING), pick(Department.ENGINEERING), pick(Department.QUALITY)};
                    projectTeam[j] = team;
                    int roll = random.nextInt(100);
                    String status = roll < 70 ? "ACTIVE" : roll < 80 ? "PROPOSED" : roll < 88 ? "ON_HOLD"
                            : roll < 96 ? "COMPLETED" : "CANCELLED";
                    if (manager == 2) {
                        status = "ACTIVE";
                    }
                    projectStatus[j] = status;
                    int stage = switch (status) {
                        case "PROPOSED" -> 0;
                        case "COMPLETED" -> gateNames.length - 1;
                        default -> random.nextInt(gateNames.length - 1);
                    };
                    projectStage[j] = stage;
                    LocalDate start = now.toLocalDate().minusDays(200 + random.nextInt(600));
                    LocalDate end = start.plusDays(400 + random.nextInt(500));
                    String code = "P" + String.format("%04d", j + 1);
                    projectRows.add(projectIds[j], code, SUBJECTS[j % SUBJECTS.length].substring(0, 1).toUpperCase()
                            + SUBJECTS[j % SUBJECTS.length].substring(1) + " line " + code, "Generated project " + code
                            + ".", programIds[j % programs], personIds[manager], status, start, end);
                    String[] projectRoles = {"PROJECT_MANAGER", "MARKETING_LIAISON", "SALES_LIAISON", "ENGINEER",
                            "DESIGNER", "QUALITY"};
                    for (int t = 0; t < team.length; t++) {
                        if (t > 0 && team[t] == team[0]) {
                            continue;
                        }
                        matrix.add(++assignment, projectIds[j], personIds[team[t]], projectRoles[t], allocation, start, end);
                        assignments++;
                    }
                    String state = switch (status) {
                        case "ON_HOLD" -> "ON_HOLD";
                        case "COMPLETED" -> "COMPLETED";
                        case "CANCELLED" -> "KILLED";
                        default -> "ACTIVE";
                    };
                    OffsetDateTime started = start.atTime(9, 0).atOffset(ZoneOffset.UTC);
                    boolean ended = state.equals("COMPLETED") || state.equals("KILLED");
                    lifecycles.add(++lifecycle, projectIds[j], template, stage, state, started,
                            ended ? now.minusDays(random.nextInt(60) + 1) : null);
                    boards.add(++board, projectIds[j], personIds[manager], started, personNames[manager]);
                    boardMembers.add(board, personIds[manager]);
                    members++;
                    if (team[3] != manager) {
                        boardMembers.add(board, personIds[team[3]]);
                        members++;
                    }
                    if (team[5] != manager && team[5] != team[3]) {
                        boardMembers.add(board, personIds[team[5]]);
                        members++;
                    }
                    envelopes.add(++envelope, projectIds[j], started, personNames[manager]);
                    envelopeCategories.add(envelope);
                }
            }
            counted("program", programs);
            counted("project", projects);
            counted("matrix_assignment", assignments);
            counted("project_lifecycle", projects);
            counted("change_board", projects);
            counted("change_board_member", members);
            counted("change_envelope", projects);
            counted("change_envelope_category", projects);
        }

        private enum Department {
            MARKETING, SALES, ENGINEERING, QUALITY, ENGINEERING_OR_PMO
        }

        /** A generated person of the department (never one of the four known accounts). */
        private int pick(Department department) {
            int wanted = switch (department) {
                case MARKETING -> 0;
                case SALES -> 1;
                case ENGINEERING, ENGINEERING_OR_PMO -> 2;
                case QUALITY -> 4;
            };
            for (int attempt = 0; attempt < 1_000; attempt++) {
                int candidate = 4 + random.nextInt(people - 4);
                if (personDepartment[candidate] == wanted
                        || (department == Department.ENGINEERING_OR_PMO && personDepartment[candidate] == 3)) {
                    return candidate;
                }
            }
            return 4 + random.nextInt(people - 4);
        }

        // ---- specifications ---------------------------------------------------------------------------------------

        private void specifications() throws SQLException {
            long item = base.get("spec_item");
            long revision = base.get("spec_item_revision");
            long baseline = base.get("baseline");
            itemIds = new long[projects * ITEMS_PER_PROJECT];
            firstRevisionIds = new long[projects * ITEMS_PER_PROJECT];
            baselineIds = new long[projects];
            long revisions = 0;
            try (BulkWriter w = writer()) {
                var items = w.table("insert into spec_item (id, project, number, item_key, title, category, priority,"
                        + " status, current_revision, locked_by_baseline, created_at, revised_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)");
                var revisionRows = w.table("insert into spec_item_revision (id, spec_item, project, item_key, revision,"
                        + " title, body, category, priority, acceptance_criterion, status, option_price, option_currency,"
                        + " lead_time_days, author, author_name, revised_at, reason, change_request)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)");
                var baselines = w.table("insert into baseline (id, project, number, name, source, gate_review, frozen_at,"
                        + " frozen_by) values (?, ?, 1, ?, 'MANUAL', null, ?, ?)");
                var entries = w.table("insert into baseline_entry (baseline, spec_item, item_key, item_revision, revision)"
                        + " values (?, ?, ?, ?, 1)");
                for (int j = 0; j < projects; j++) {
                    w.endRecord();
                    OffsetDateTime created = now.minusDays(300 + random.nextInt(300));
                    int author = projectTeam[j][3];
                    long[] firstRevisions = new long[ITEMS_PER_PROJECT];
                    for (int n = 0; n < ITEMS_PER_PROJECT; n++) {
                        int index = j * ITEMS_PER_PROJECT + n;
                        String key = "SPEC-" + (n + 1);
                        String category = CATEGORIES[n % CATEGORIES.length];
                        String priority = ITEM_PRIORITIES[random.nextInt(ITEM_PRIORITIES.length)];
                        int current = 1 + random.nextInt(3);
                        String title = SUBJECTS[(n + j) % SUBJECTS.length].substring(0, 1).toUpperCase()
                                + SUBJECTS[(n + j) % SUBJECTS.length].substring(1) + " " + (n + 1);
                        itemIds[index] = ++item;
                        OffsetDateTime revised = created.plusDays(current * 10L);
                        items.add(itemIds[index], projectIds[j], n + 1, key, title, category, priority, "APPROVED",
                                current, created, revised, current);
                        for (int r = 1; r <= current; r++) {
                            boolean option = category.equals("option");
                            revisionRows.add(++revision, itemIds[index], projectIds[j], key, r, title,
                                    "The " + title.toLowerCase() + " shall meet the line's rated output (revision " + r
                                            + ").", category, priority, "Verified at the factory acceptance test.",
                                    "APPROVED", option ? new BigDecimal(1_000 + n * 250 + ".00") : null,
                                    option ? "EUR" : null, option ? 14 + n : null, personIds[author],
                                    personNames[author], created.plusDays(r * 10L), r == 1 ? "First version" : "Revised");
                            if (r == 1) {
                                firstRevisions[n] = revision;
                                firstRevisionIds[index] = revision;
                            }
                            revisions++;
                        }
                    }
                    baselineIds[j] = ++baseline;
                    baselines.add(baselineIds[j], projectIds[j], "Baseline 1", created.plusDays(5),
                            personNames[projectManager[j]]);
                    for (int n = 0; n < ITEMS_PER_PROJECT; n++) {
                        entries.add(baselineIds[j], itemIds[j * ITEMS_PER_PROJECT + n], "SPEC-" + (n + 1), firstRevisions[n]);
                    }
                }
            }
            counted("spec_item", (long) projects * ITEMS_PER_PROJECT);
            counted("spec_item_revision", revisions);
            counted("baseline", projects);
            counted("baseline_entry", (long) projects * ITEMS_PER_PROJECT);
        }

        // ---- change requests --------------------------------------------------------------------------------------

        private void changeRequests() throws SQLException {
            long request = base.get("change_request");
            firstRequestId = request + 1;
            long all = (long) projects * REQUESTS_PER_PROJECT;
            long transitions = 0;
            long votes = 0;
            long done = 0;
            try (BulkWriter w = writer()) {
                var requests = w.table("insert into change_request (id, project, title, description, origin, source_kind,"
                        + " requester, requester_name, priority, change_class, requested_class, target_stage,"
                        + " target_gate_name, state, revenue_at_stake, revenue_currency, impact_cost_delta, impact_currency,"
                        + " impact_schedule_delta_days, impact_risk, impact_risk_note, impact_assessed_by,"
                        + " impact_assessed_by_name, impact_assessed_at, raised_at, submitted_at, decision, decision_forum,"
                        + " envelope_revision, decided_by, decided_at, decision_round, version)"
                        + " values (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, 0, ?)");
                var items = w.table("insert into change_request_item (change_request, position, item_key, category)"
                        + " values (?, 0, ?, ?)");
                var timeline = w.table("insert into change_request_transition (change_request, position, action,"
                        + " from_state, to_state, actor_person, actor_name, occurred_at, comment)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                var voteRows = w.table("insert into change_request_vote (change_request, round, person, person_name,"
                        + " choice, defer_to_stage, comment, cast_at) values (?, 0, ?, ?, ?, ?, null, ?)");
                for (int j = 0; j < projects; j++) {
                    int[] team = projectTeam[j];
                    int manager = projectManager[j];
                    for (int k = 0; k < REQUESTS_PER_PROJECT; k++) {
                        w.endRecord();
                        long id = ++request;
                        String state = STATES[(k + j) % STATES.length];
                        int classRoll = random.nextInt(10);
                        String changeClass = classRoll < 4 ? "STANDARD" : classRoll < 9 ? "NORMAL" : "EMERGENCY";
                        int requester = team[random.nextInt(3)];
                        int assessor = team[3];
                        int stage = Math.min(gateNames.length - 1, projectStage[j] + random.nextInt(2));
                        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                        String title = VERBS[random.nextInt(VERBS.length)] + " the " + subject + " (" + (k + 1) + ")";
                        String origin = ORIGINS[random.nextInt(ORIGINS.length)];
                        String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
                        OffsetDateTime raised = now.minusMinutes(60L * 24 * 5 + random.nextInt(60 * 24 * 700));
                        List<Object[]> steps = new ArrayList<>();
                        OffsetDateTime at = raised;
                        steps.add(new Object[] {"RAISE", null, "DRAFT", requester, at, null});
                        boolean submitted = !state.equals("DRAFT");
                        boolean assessed = List.of("AWAITING_DECISION", "APPROVED", "REJECTED", "DEFERRED",
                                "IMPLEMENTED", "VERIFIED", "CLOSED").contains(state)
                                || (state.equals("UNDER_ASSESSMENT") && k % 2 == 0);
                        boolean rejectedPath = state.equals("REJECTED") || (state.equals("CLOSED") && k % 2 == 0);
                        boolean decided = List.of("APPROVED", "REJECTED", "DEFERRED", "IMPLEMENTED", "VERIFIED",
                                "CLOSED").contains(state);
                        OffsetDateTime submittedAt = null;
                        if (submitted) {
                            at = at.plusMinutes(5 + random.nextInt(600));
                            submittedAt = at;
                            steps.add(new Object[] {"SUBMIT", "DRAFT", "SUBMITTED", requester, at, null});
                        }
                        if (state.equals("WITHDRAWN")) {
                            at = at.plusHours(1 + random.nextInt(48));
                            steps.add(new Object[] {"WITHDRAW", "SUBMITTED", "WITHDRAWN", requester, at,
                                    "No longer needed."});
                        } else if (submitted && !state.equals("SUBMITTED")) {
                            at = at.plusHours(1 + random.nextInt(24));
                            steps.add(new Object[] {"START_ASSESSMENT", "SUBMITTED", "UNDER_ASSESSMENT", assessor, at, null});
                        }
                        BigDecimal cost = null;
                        Integer days = null;
                        String risk = null;
                        OffsetDateTime assessedAt = null;
                        if (assessed) {
                            at = at.plusHours(1 + random.nextInt(48));
                            assessedAt = at;
                            cost = BigDecimal.valueOf(random.nextInt(40_000) * 50L, 2);
                            days = random.nextInt(30);
                            risk = RISKS[random.nextInt(RISKS.length)];
                            steps.add(new Object[] {"ASSESS", "UNDER_ASSESSMENT", "UNDER_ASSESSMENT", assessor, at,
                                    "Assessed."});
                            if (!state.equals("UNDER_ASSESSMENT")) {
                                at = at.plusMinutes(10 + random.nextInt(120));
                                steps.add(new Object[] {"COMPLETE_ASSESSMENT", "UNDER_ASSESSMENT", "AWAITING_DECISION",
                                        assessor, at, null});
                            }
                        }
                        String decision = null;
                        String forum = null;
                        Integer envelopeRevision = null;
                        String decidedBy = null;
                        OffsetDateTime decidedAt = null;
                        boolean byEnvelope = false;
                        if (decided) {
                            decision = rejectedPath ? "REJECT" : state.equals("DEFERRED") ? "DEFER" : "APPROVE";
                            byEnvelope = decision.equals("APPROVE") && changeClass.equals("STANDARD")
                                    && cost.compareTo(new BigDecimal("5000")) <= 0 && days <= 5;
                            at = at.plusHours(2 + random.nextInt(24 * 7));
                            decidedAt = at;
                            String outcome = switch (decision) {
                                case "REJECT" -> "REJECTED";
                                case "DEFER" -> "DEFERRED";
                                default -> "APPROVED";
                            };
                            if (byEnvelope) {
                                forum = "ENVELOPE";
                                envelopeRevision = 1;
                                decidedBy = "Delegated envelope r1";
                                steps.add(new Object[] {"DECIDE_" + decision, "AWAITING_DECISION", outcome, -1, at,
                                        "Inside the delegated envelope (revision 1)."});
                            } else {
                                if (changeClass.equals("STANDARD")) {
                                    changeClass = "NORMAL";
                                }
                                forum = "APPROVER";
                                decidedBy = personNames[manager];
                                String choice = decision;
                                for (int member : new int[] {team[3], team[5]}) {
                                    if (member != manager) {
                                        voteRows.add(id, personIds[member], personNames[member], choice,
                                                choice.equals("DEFER") ? Math.min(gateNames.length - 1, stage + 1) : null,
                                                at.minusHours(1));
                                        votes++;
                                    }
                                    if (team[3] == team[5]) {
                                        break;
                                    }
                                }
                                steps.add(new Object[] {"DECIDE_" + decision, "AWAITING_DECISION", outcome, manager, at,
                                        null});
                            }
                            if (decision.equals("DEFER")) {
                                stage = Math.min(gateNames.length - 1, stage + 1);
                            }
                            if (List.of("IMPLEMENTED", "VERIFIED").contains(state) || (state.equals("CLOSED") && !rejectedPath)) {
                                at = at.plusDays(1 + random.nextInt(30));
                                steps.add(new Object[] {"IMPLEMENT", "APPROVED", "IMPLEMENTED", assessor, at, null});
                            }
                            if (state.equals("VERIFIED") || (state.equals("CLOSED") && !rejectedPath)) {
                                at = at.plusDays(1 + random.nextInt(10));
                                steps.add(new Object[] {"VERIFY", "IMPLEMENTED", "VERIFIED", team[5], at, null});
                            }
                            if (state.equals("CLOSED")) {
                                at = at.plusDays(1 + random.nextInt(5));
                                steps.add(new Object[] {"CLOSE", rejectedPath ? "REJECTED" : "VERIFIED", "CLOSED",
                                        manager, at, null});
                            }
                        }
                        boolean sales = origin.equals("SALES");
                        requests.add(id, projectIds[j], title, "Generated change request: " + title.toLowerCase()
                                        + ", asked by " + origin.toLowerCase().replace('_', ' ') + ".", origin,
                                personIds[requester], personNames[requester], priority, changeClass,
                                byEnvelope ? "STANDARD" : changeClass, stage, gateNames[stage], state,
                                sales ? BigDecimal.valueOf(random.nextInt(500) * 1000L, 0).add(BigDecimal.valueOf(1000))
                                        : null, sales ? "EUR" : null, cost, cost == null ? null : "EUR", days, risk,
                                risk == null || risk.equals("LOW") ? null : "Needs a supplier check.",
                                assessed ? personIds[assessor] : null, assessed ? personNames[assessor] : null,
                                assessedAt, raised, submittedAt, decision, forum, envelopeRevision, decidedBy,
                                decidedAt, steps.size());
                        items.add(id, "SPEC-" + (1 + random.nextInt(ITEMS_PER_PROJECT)), CATEGORIES[k % CATEGORIES.length]);
                        for (int s = 0; s < steps.size(); s++) {
                            Object[] step = steps.get(s);
                            int actor = (Integer) step[3];
                            timeline.add(id, s, step[0], step[1], step[2], actor < 0 ? null : personIds[actor],
                                    actor < 0 ? "Delegated envelope" : personNames[actor], step[4], step[5]);
                            transitions++;
                        }
                        progress("change requests", ++done, all);
                    }
                }
            }
            counted("change_request", all);
            counted("change_request_item", all);
            counted("change_request_transition", transitions);
            counted("change_request_vote", votes);
        }

        // ---- research ---------------------------------------------------------------------------------------------

        private void research() throws SQLException {
            long finding = base.get("research_finding");
            try (BulkWriter w = writer()) {
                var rowsOut = w.table("insert into research_finding (id, title, summary, source, segment, evidence,"
                        + " sample_size, confidence, observed_on, surfaced_by, surfaced_by_name, surfaced_at, state,"
                        + " outcome, interpreted_by, interpreted_at, actioned_at, import_batch, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)");
                var bearings = w.table("insert into finding_bearing (research_finding, position, project, item_key, how,"
                        + " contradicts) values (?, 0, ?, ?, ?, ?)");
                for (int f = 0; f < findings; f++) {
                    w.endRecord();
                    String segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    int by = pick(Department.MARKETING);
                    OffsetDateTime surfaced = now.minusMinutes(random.nextInt(60 * 24 * 700));
                    int roll = random.nextInt(10);
                    String state = roll < 4 ? "NEW" : roll < 7 ? "INTERPRETED" : "ACTIONED";
                    String outcome = state.equals("ACTIONED") ? (roll == 9 ? "DISMISSED" : "LINKED_AS_EVIDENCE") : null;
                    boolean interpreted = !state.equals("NEW");
                    int project = random.nextInt(projects);
                    boolean contradicts = random.nextInt(20) == 0;
                    rowsOut.add(++finding, segment + " customers ask about the " + subject + " (" + (f + 1) + ")",
                            "Seen in " + segment.toLowerCase() + " plants.", SOURCES[random.nextInt(SOURCES.length)],
                            segment, "Notes from the field.", 5 + random.nextInt(200),
                            RISKS[random.nextInt(RISKS.length)], surfaced.toLocalDate().minusDays(random.nextInt(20)),
                            personIds[by], personNames[by], surfaced, state, outcome,
                            interpreted ? personNames[by] : null, interpreted ? surfaced.plusHours(2) : null,
                            state.equals("ACTIONED") ? surfaced.plusDays(1) : null);
                    bearings.add(finding, projectIds[project], contradicts ? "SPEC-" + (1 + random.nextInt(ITEMS_PER_PROJECT))
                            : null, "Bears on the " + subject + ".", contradicts);
                    progress("findings", f + 1, findings);
                }
            }
            counted("research_finding", findings);
            counted("finding_bearing", findings);
        }

        // ---- sales and acceptance ---------------------------------------------------------------------------------

        private void sales() throws SQLException {
            long opportunity = base.get("opportunity");
            long quote = base.get("quote");
            long order = base.get("sales_order");
            long task = base.get("acceptance_task");
            long record = base.get("acceptance_record");
            String[] stages = {"PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"};
            int[] probabilities = {10, 25, 50, 75, 100, 0};
            long quotes = 0;
            long orders = 0;
            long tasks = 0;
            long records = 0;
            try (BulkWriter w = writer()) {
                var opportunityRows = w.table("insert into opportunity (id, customer, contact, title, stage, amount, currency,"
                        + " probability, expected_close, owner, owner_department, lost_reason, created_at, created_by,"
                        + " closed_at, version) values (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                var links = w.table("insert into opportunity_project (opportunity, project) values (?, ?)");
                var stageChanges = w.table("insert into opportunity_stage_change (opportunity, position, from_stage,"
                        + " to_stage, probability, amount, currency, changed_by_person, changed_by, changed_at)"
                        + " values (?, 0, null, ?, ?, ?, 'EUR', ?, ?, ?)");
                var quoteRows = w.table("insert into quote (id, opportunity, project, customer, owner_department, currency,"
                        + " state, valid_until, created_by_person, created_by, created_at, accepted_by_name,"
                        + " accepted_contact, accepted_at, accepted_terms, accepted_terms_hash, sales_order, version)"
                        + " values (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                var quoteLines = w.table("insert into quote_line (quote, position, number, kind, status, item_key,"
                        + " item_revision, description, quantity, unit_price, lead_time_days)"
                        + " values (?, ?, ?, 'OPTION', 'ACTIVE', ?, 1, ?, 1, ?, 30)");
                var orderRows = w.table("insert into sales_order (id, quote, opportunity, customer, project,"
                        + " owner_department, credited_to, booked_by_person, booked_by, booked_at, booked_on, total,"
                        + " currency, delivery_date, variant, accepted_terms_hash, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, null, ?, 1)");
                var orderLines = w.table("insert into sales_order_line (sales_order, position, quote_line, kind,"
                        + " description, item_key, quantity, amount, deliverables) values (?, ?, ?, 'OPTION', ?, ?, 1, ?, ?)");
                var tasksOut = w.table("insert into acceptance_task (id, project, customer, sales_order, variant,"
                        + " deliverable_key, title, assignee, assignee_name, due_on, state, created_by_person, created_by,"
                        + " created_at, closed_at, closed_reason, version) values (?, ?, ?, ?, null, 'SPEC-1', ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, null, 1)");
                var steps = w.table("insert into acceptance_step (acceptance_task, position, instruction, expected_result,"
                        + " result, note, recorded_by, recorded_at) values (?, 0, 'Run the line at rated speed for one"
                        + " hour.', 'No stops, no rejects.', ?, null, ?, ?)");
                var recordsOut = w.table("insert into acceptance_record (id, acceptance_task, outcome, project, customer,"
                        + " sales_order, deliverable_key, baseline, baseline_label, variant, variant_name, item_revision,"
                        + " revision_label, item_title, item_body, item_criterion, decided_by_contact, decided_by_account,"
                        + " decided_by_name, decided_at, comment, first_time, content, content_hash)"
                        + " values (?, ?, ?, ?, ?, ?, 'SPEC-1', ?, 'Baseline 1', null, null, ?, 'r1', ?, ?, ?, ?, ?, ?, ?,"
                        + " null, true, ?, ?)");
                for (int o = 0; o < opportunities; o++) {
                    w.endRecord();
                    int stage = random.nextInt(stages.length);
                    int c = random.nextInt(customers);
                    int j = random.nextInt(projects);
                    int owner = o % 10 == 0 ? 3 : pick(Department.SALES);
                    long ownerDepartment = departmentIds[personDepartment[owner]];
                    OffsetDateTime created = now.minusMinutes(60L * 24 * 30 + random.nextInt(60 * 24 * 600));
                    BigDecimal line1 = BigDecimal.valueOf(50_000 + random.nextInt(400_000), 0).setScale(2);
                    BigDecimal line2 = BigDecimal.valueOf(1_000 + random.nextInt(20_000), 0).setScale(2);
                    BigDecimal amount = line1.add(line2);
                    boolean closed = stage >= 4;
                    OffsetDateTime closedAt = closed ? created.plusDays(20 + random.nextInt(60)) : null;
                    String title = SEGMENTS[c % SEGMENTS.length] + " line for customer " + (c + 1) + " (" + (o + 1) + ")";
                    opportunityRows.add(++opportunity, customerIds[c], contactIds[c * 2], title, stages[stage], amount,
                            probabilities[stage], created.toLocalDate().plusDays(90), personIds[owner], ownerDepartment,
                            stage == 5 ? "Lost on price." : null, created, personNames[owner], closedAt);
                    links.add(opportunity, projectIds[j]);
                    stageChanges.add(opportunity, stages[stage], probabilities[stage], amount, personIds[owner],
                            personNames[owner], created);
                    if (stage < 2 || stage == 5) {
                        continue;
                    }
                    long quoteId = ++quote;
                    quotes++;
                    boolean ordered = stage == 4;
                    String terms = null;
                    String hash = null;
                    OffsetDateTime acceptedAt = null;
                    Long orderId = null;
                    if (ordered) {
                        acceptedAt = closedAt.minusHours(2);
                        terms = "Quote Q-" + quoteId + " for " + title + "\nTotal: EUR " + amount.toPlainString();
                        hash = sha256(terms);
                        orderId = ++order;
                    }
                    quoteRows.add(quoteId, opportunity, projectIds[j], customerIds[c], ownerDepartment,
                            ordered ? "ORDERED" : stage == 3 ? "AWAITING_ANSWERS" : "READY",
                            created.toLocalDate().plusDays(ordered ? 60 : 400), personIds[owner], personNames[owner],
                            created.plusDays(1), ordered ? contactNames[c * 2] : null, ordered ? contactIds[c * 2] : null,
                            acceptedAt, terms, hash, orderId);
                    quoteLines.add(quoteId, 0, 1, "SPEC-1", "Base line", line1);
                    quoteLines.add(quoteId, 1, 2, "SPEC-5", "Option", line2);
                    if (!ordered) {
                        continue;
                    }
                    orders++;
                    orderRows.add(orderId, quoteId, opportunity, customerIds[c], projectIds[j], ownerDepartment,
                            personIds[owner], personIds[owner], personNames[owner], closedAt, closedAt.toLocalDate(),
                            amount, closedAt.toLocalDate().plusDays(90), hash);
                    orderLines.add(orderId, 0, 1, "Base line", "SPEC-1", line1, "SPEC-1");
                    orderLines.add(orderId, 1, 2, "Option", "SPEC-5", line2, "SPEC-5");
                    if (orders % 2 == 1) {
                        continue;
                    }
                    int roll = random.nextInt(4);
                    String state = tasks == 0 || (roll != 0 && roll != 3) ? "ACCEPTED" : roll == 0 ? "OPEN" : "REJECTED";
                    int pm = projectManager[j];
                    OffsetDateTime createdTask = closedAt.plusDays(30);
                    OffsetDateTime decidedAt = createdTask.plusDays(1 + random.nextInt(20));
                    boolean decided = !state.equals("OPEN");
                    long taskId = ++task;
                    tasks++;
                    tasksOut.add(taskId, projectIds[j], customerIds[c], orderId, "Accept the base line",
                            contactIds[c * 2], contactNames[c * 2], createdTask.toLocalDate().plusDays(30), state,
                            personIds[pm], personNames[pm], createdTask, decided ? decidedAt : null);
                    steps.add(taskId, decided ? (state.equals("ACCEPTED") ? "PASS" : "FAIL") : null,
                            decided ? contactNames[c * 2] : null, decided ? decidedAt.minusHours(1) : null);
                    if (decided) {
                        String outcome = state.equals("ACCEPTED") ? "ACCEPTED" : "REJECTED";
                        String content = "Acceptance of SPEC-1 r1 on order " + orderId + ": " + outcome;
                        recordsOut.add(++record, taskId, outcome, projectIds[j], customerIds[c], orderId,
                                baselineIds[j], firstRevisionIds[j * ITEMS_PER_PROJECT], "Base line",
                                "The base line shall meet the line's rated output.", "Verified at the factory acceptance test.",
                                contactIds[c * 2], contactAccounts[c], contactNames[c * 2], decidedAt, content,
                                sha256(content));
                        records++;
                    }
                }
            }
            counted("opportunity", opportunities);
            counted("opportunity_project", opportunities);
            counted("opportunity_stage_change", opportunities);
            counted("quote", quotes);
            counted("quote_line", quotes * 2);
            counted("sales_order", orders);
            counted("sales_order_line", orders * 2);
            counted("acceptance_task", tasks);
            counted("acceptance_step", tasks);
            counted("acceptance_record", records);
        }

        // ---- comments, audit entries, stream events ---------------------------------------------------------------

        private void activity() throws SQLException {
            long comment = base.get("discussion_comment");
            long audit = base.get("audit_entry");
            long requests = (long) projects * REQUESTS_PER_PROJECT;
            long events = requests;
            long position = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select last_position from stream_sequencer where id = 1")) {
                if (rs.next()) {
                    position = rs.getLong(1);
                }
            }
            try (BulkWriter w = writer()) {
                var commentRows = w.table("insert into discussion_comment (id, target_kind, target_id, project_id, author,"
                        + " body, created_at, edited_at, version) values (?, 'change-request', ?, ?, ?, ?, ?, null, 0)");
                var auditRows = w.table("insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, action,"
                        + " before_state, after_state) values (?, ?, ?, 'change-request', ?, 'raised', null, ?)");
                var streamRows = w.table("insert into stream_event (id, append_seq, position, type, audience,"
                        + " organisation_id, person_id, project_id, topics, payload, occurred_at)"
                        + " values (?, ?, ?, 'change-request.raised', 'INTERNAL', null, null, ?, ?, ?, ?)");
                for (int i = 0; i < comments; i++) {
                    w.endRecord();
                    int j = random.nextInt(projects);
                    long target = firstRequestId + (long) j * REQUESTS_PER_PROJECT + random.nextInt(REQUESTS_PER_PROJECT);
                    int author = projectTeam[j][random.nextInt(projectTeam[j].length)];
                    commentRows.add(++comment, target, projectIds[j], personIds[author],
                            "Checked with the team: **" + (i % 3 == 0 ? "agreed" : "needs a second look") + "**.",
                            now.minusMinutes(random.nextInt(60 * 24 * 600)));
                    progress("comments", i + 1, comments);
                }
                for (long r = 0; r < requests; r++) {
                    w.endRecord();
                    int j = (int) (r / REQUESTS_PER_PROJECT);
                    long id = firstRequestId + r;
                    OffsetDateTime at = now.minusMinutes(60L * 24 * 700).plusMinutes(r * (60L * 24 * 695) / requests);
                    String email = "person" + (projectTeam[j][0] + 1) + "@dataset.example";
                    auditRows.add(++audit, at, email, String.valueOf(id), "{\"id\":" + id + ",\"project\":"
                            + projectIds[j] + "}");
                    position++;
                    streamRows.add(new UUID(settings.seed(), position), position, position, projectIds[j],
                            " project:" + projectIds[j] + " change-request:" + id + " decisions ",
                            "{\"id\":" + id + ",\"project\":" + projectIds[j] + "}", at);
                    progress("audit entries and events", r + 1, requests);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update stream_sequencer set last_position = " + position + " where id = 1");
            }
            counted("discussion_comment", comments);
            counted("audit_entry", requests);
            counted("stream_event", events);
        }

        // ---- helpers ----------------------------------------------------------------------------------------------

        private void readTemplate() throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select t.id, s.gate_name from process_template t join"
                         + " template_stage s on s.process_template = t.id where t.code = 'STANDARD' and t.revision = 1"
                         + " order by s.stage_index")) {
                List<String> gates = new ArrayList<>();
                while (rs.next()) {
                    template = rs.getLong(1);
                    gates.add(rs.getString(2));
                }
                if (gates.isEmpty()) {
                    throw new IllegalStateException("The standard process template is missing");
                }
                gateNames = gates.toArray(String[]::new);
            }
        }

        /** Restarts every identity column this run filled after its largest id. */
        private void restartIdentities() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String table : base.keySet()) {
                    long next = max(table) + 1;
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
                long seq = max("stream_event", "append_seq") + 1;
                statement.execute("alter table stream_event alter column append_seq restart with " + seq);
            }
        }

        private long count(String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private long max(String table) throws SQLException {
            return max(table, "id");
        }

        private long max(String table, String column) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select coalesce(max(" + column + "), 0) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
