package org.integrationgateway.web;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns loudly at start when the embedded H2 database is in use: it is for trying the product only. */
@Component
class EmbeddedDatabaseNotice {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseNotice.class);
    private final DataSource dataSource;

    EmbeddedDatabaseNotice(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfEmbedded() throws Exception {
        try (var connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url.startsWith("jdbc:h2:")) {
                log.warn("Running on the EMBEDDED H2 database ({}). It is for trying Integration Gateway, NOT for "
                        + "production: use PostgreSQL (set GATEWAY_DB_URL, GATEWAY_DB_USER, GATEWAY_DB_PASSWORD or "
                        + "run with --spring.profiles.active=postgres).", url);
            }
        }
    }
}
