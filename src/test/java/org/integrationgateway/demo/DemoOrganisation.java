package org.integrationgateway.demo;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Loads the Kestrel demo organisation into an empty, migrated embedded H2 database, without a Spring context. */
public final class DemoOrganisation {

    private DemoOrganisation() {
    }

    /** The demo script's statements, split as the loader splits them (for scripts of the same form, e.g. a release's data). */
    public static List<String> statements(String script) {
        return DemoDataLoader.statements(script);
    }

    public static void loadInto(DataSource dataSource) {
        DemoDataLoader loader = new DemoDataLoader(new DemoSettings(true), dataSource,
                new NamedParameterJdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
        if (!loader.loadIfWanted()) {
            throw new IllegalStateException("The demo organisation was not loaded (not an empty embedded H2 database)");
        }
    }
}
