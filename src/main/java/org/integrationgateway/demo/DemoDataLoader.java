package org.integrationgateway.demo;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Kestrel Industrial demo organisation from {@value #SCRIPT} when the application is ready.
 * It runs first among the start-up tasks ({@code @Order(0)}), so the first-administrator setup that follows finds
 * accounts and does nothing. It loads only when {@code gateway.demo.enabled} is true, the database is embedded H2,
 * and no department exists yet; everything is written in one transaction, so a failed load leaves nothing behind.
 */
@Component
class DemoDataLoader {

    static final String SCRIPT = "demo/kestrel.sql";
    private static final int MONTH_RANGE = 24;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoSettings settings;
    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(DemoSettings settings, DataSource dataSource, NamedParameterJdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void onApplicationReady() {
        loadIfWanted();
    }

    /** Loads the demo organisation if it is enabled, the database is embedded H2 and empty; true if it loaded. */
    boolean loadIfWanted() {
        if (!settings.enabled()) {
            return false;
        }
        String url = jdbcUrl();
        if (!isEmbeddedH2(url)) {
            log.warn("gateway.demo.enabled is true, but the database is not the embedded H2 database ({}): "
                    + "the demo organisation is never loaded there.", url);
            return false;
        }
        Boolean loaded = transaction.execute(status -> {
            if (count("department") > 0) {
                return false;
            }
            loadOrganisation();
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            logSummary();
            return true;
        }
        log.debug("The database already holds an organisation: the demo organisation is not loaded.");
        return false;
    }

    static boolean isEmbeddedH2(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Runs the script in the caller's transaction, without any of the guards of {@link #loadIfWanted()}. */
    void loadOrganisation() {
        Map<String, Object> parameters = parameters();
        for (String statement : statements(readScript())) {
            jdbc.update(statement, parameters);
        }
        sealAcceptedTerms();
    }

    /**
     * Writes the SHA-256 of every accepted quote's terms (the script leaves {@code pending}) to the quote and its
     * order, as the application computes it when a customer accepts, so that the script needs no hash function of
     * its own and stays portable.
     */
    private void sealAcceptedTerms() {
        List<Map<String, Object>> quotes = jdbc.getJdbcTemplate().queryForList(
                "select id, accepted_terms from quote where accepted_terms_hash = 'pending'");
        for (Map<String, Object> quote : quotes) {
            String hash = sha256((String) quote.get("accepted_terms"));
            Object id = quote.get("id");
            jdbc.getJdbcTemplate().update("update quote set accepted_terms_hash = ? where id = ?", hash, id);
            jdbc.getJdbcTemplate().update("update sales_order set accepted_terms_hash = ? where quote = ?", hash, id);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("password_hash", passwordEncoder.encode(DemoSignIn.PASSWORD));
        parameters.put("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
        for (int offset = -MONTH_RANGE; offset <= MONTH_RANGE; offset++) {
            String suffix = (offset < 0 ? "minus_" : "plus_") + Math.abs(offset);
            LocalDate start = monthStart.plusMonths(offset);
            parameters.put("start_" + suffix, start);
            parameters.put("end_" + suffix, start.plusMonths(1).minusDays(1));
        }
        return parameters;
    }

    private static String readScript() {
        try {
            return new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo data script " + SCRIPT, e);
        }
    }

    /**
     * Splits a script into statements at semicolons outside string literals, dropping {@code --} comments
     * outside string literals.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!inString && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (!inString && c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                if (c == '\'') {
                    inString = !inString;
                }
                current.append(c);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }

    private String jdbcUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database URL", e);
        }
    }

    @SuppressFBWarnings(value = "SQL_INJECTION_SPRING_JDBC",
            justification = "The table name is a constant of this class; nothing comes from a request.")
    private int count(String table) {
        Integer count = jdbc.getJdbcTemplate().queryForObject("select count(*) from " + table, Integer.class);
        return count == null ? 0 : count;
    }

    private void logSummary() {
        log.info("Loaded the Kestrel Industrial demo organisation: {} departments, {} people, {} customers with {} "
                        + "contacts, {} programs, {} projects, {} matrix assignments, {} accounts.",
                count("department"), count("person"), count("customer"), count("customer_contact"), count("program"),
                count("project"), count("matrix_assignment"), count("user_account"));
        log.info("Demo sign-ins, all with the password '{}' (demo data exists only on the embedded database):\n{}",
                DemoSignIn.PASSWORD, DemoSignIn.ALL.stream()
                        .map(signIn -> "  " + signIn.email() + " (" + signIn.persona() + ")")
                        .collect(Collectors.joining("\n")));
    }
}
