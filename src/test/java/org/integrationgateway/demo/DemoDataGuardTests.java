package org.integrationgateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

class DemoDataGuardTests {

    @Test
    void recognisesOnlyH2Urls() {
        assertThat(DemoDataLoader.isEmbeddedH2("jdbc:h2:file:./data/gateway;MODE=PostgreSQL")).isTrue();
        assertThat(DemoDataLoader.isEmbeddedH2("jdbc:h2:mem:test")).isTrue();
        assertThat(DemoDataLoader.isEmbeddedH2("jdbc:postgresql://db:5432/gateway")).isFalse();
        assertThat(DemoDataLoader.isEmbeddedH2("jdbc:postgresql://h2host/jdbc:h2:")).isFalse();
        assertThat(DemoDataLoader.isEmbeddedH2(null)).isFalse();
    }

    @Test
    void refusesADatabaseThatIsNotH2EvenWhenEnabled() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getURL()).thenReturn("jdbc:postgresql://db.example:5432/gateway");
        NamedParameterJdbcTemplate jdbc = mock(NamedParameterJdbcTemplate.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        PasswordEncoder encoder = mock(PasswordEncoder.class);

        DemoDataLoader loader = new DemoDataLoader(new DemoSettings(true), dataSource, jdbc, transactions, encoder,
                Clock.systemUTC());

        assertThat(loader.loadIfWanted()).isFalse();
        verifyNoInteractions(jdbc, transactions, encoder);
    }

    @Test
    void splitsTheScriptAtSemicolonsOutsideStringsAndDropsComments() {
        assertThat(DemoDataLoader.statements("""
                -- a comment; with a semicolon and an apostrophe's
                insert into t (a) values ('x; y -- not a comment');
                update t set a = 'it''s';  -- trailing
                """)).containsExactly("insert into t (a) values ('x; y -- not a comment')", "update t set a = 'it''s'");
    }

    @Test
    void theDemoScriptSplitsIntoCompleteStatements() throws Exception {
        String script = new org.springframework.core.io.ClassPathResource(DemoDataLoader.SCRIPT)
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(DemoDataLoader.statements(script)).allSatisfy(statement ->
                assertThat(statement).matches("(?s)^(insert|update) .*"));
    }
}
