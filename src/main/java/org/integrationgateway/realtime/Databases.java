package org.integrationgateway.realtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the stream runs on: PostgreSQL gets {@code LISTEN/NOTIFY}, others poll and signal in-process. */
final class Databases {

    private Databases() {
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the event stream runs on", e);
        }
    }
}
