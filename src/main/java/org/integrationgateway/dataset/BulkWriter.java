package org.integrationgateway.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Batched inserts on one connection: rows are added to prepared statements and sent in JDBC batches; at the end of
 * a record, once {@code batchSize} rows are pending, all statements are executed in the order they were registered
 * (parents before children) and the transaction is committed. Nothing is ever read back.
 */
final class BulkWriter implements AutoCloseable {

    private final Connection connection;
    private final int batchSize;
    private final List<Table> tables = new ArrayList<>();
    private int pending;
    private long written;

    BulkWriter(Connection connection, int batchSize) throws SQLException {
        this.connection = connection;
        this.batchSize = batchSize;
        connection.setAutoCommit(false);
    }

    /** Registers an insert; register parent tables before their children. */
    Table table(String sql) throws SQLException {
        Table table = new Table(connection.prepareStatement(sql));
        tables.add(table);
        return table;
    }

    /**
     * Marks the end of one record (a parent row with its children): sends and commits the batch when it is full,
     * so that a child is never sent before its parent.
     */
    void endRecord() throws SQLException {
        if (pending >= batchSize) {
            flush();
        }
    }

    long written() {
        return written;
    }

    void flush() throws SQLException {
        for (Table table : tables) {
            if (table.pending > 0) {
                table.statement.executeBatch();
                table.pending = 0;
            }
        }
        connection.commit();
        written += pending;
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (Table table : tables) {
            table.statement.close();
        }
        tables.clear();
    }

    final class Table {

        private final PreparedStatement statement;
        private int pending;

        private Table(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
            BulkWriter.this.pending++;
        }
    }
}
