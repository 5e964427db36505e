package org.integrationgateway.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL 15 server started once per test JVM from Maven Central binaries (no service needed).
 * Each Spring context that uses this initializer gets a database of its own, so tests never share state.
 * Use with {@code @ContextConfiguration(initializers = PostgresDatabase.class)} or {@link PostgresTest}.
 * <p>
 * The server stops when the last context using it has closed: every such context holds a {@link Lease} that its
 * data source depends on, so the lease is released only after everything that still queries the database while
 * closing (e.g. the event publication registry) is gone. JVM shutdown hooks run concurrently, so stopping the
 * server from a hook of its own would race with the contexts' shutdown.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String LEASE_BEAN = PostgresDatabase.class.getName() + ".lease";
    private static EmbeddedPostgres server;
    private static int leases;
    private static boolean hookRegistered;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            if (!hookRegistered) {
                hookRegistered = true;
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stopIfUnused));
            }
        }
        return server;
    }

    private static synchronized void acquire() {
        leases++;
    }

    private static synchronized void release() {
        leases--;
        stopIfUnused();
    }

    private static synchronized void stopIfUnused() {
        if (leases == 0 && server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the data directory is temporary
            }
            server = null;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase() {
        String name = "gateway_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + newDatabase(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres"
        ).applyTo(context);
        context.addBeanFactoryPostProcessor(beanFactory -> {
            ((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(LEASE_BEAN, new RootBeanDefinition(Lease.class));
            for (String dataSource : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                var definition = beanFactory.getBeanDefinition(dataSource);
                String[] dependsOn = definition.getDependsOn();
                String[] extended = dependsOn == null ? new String[1] : Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[extended.length - 1] = LEASE_BEAN;
                definition.setDependsOn(extended);
            }
        });
    }

    /** Keeps the server running while the context that holds it is open. */
    static final class Lease implements DisposableBean {

        Lease() {
            acquire();
        }

        @Override
        public void destroy() {
            release();
        }
    }
}
