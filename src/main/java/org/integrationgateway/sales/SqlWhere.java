package org.integrationgateway.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The where clause of a read-side query being built: conditions joined by {@code and}, with their named parameters. */
final class SqlWhere {

    final List<String> conditions = new ArrayList<>();
    final MapSqlParameterSource params = new MapSqlParameterSource();

    /** Adds {@code column = :param} when {@code value} is given. */
    void equal(Object value, String column, String param) {
        if (value != null) {
            params.addValue(param, value);
            conditions.add(column + " = :" + param);
        }
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
