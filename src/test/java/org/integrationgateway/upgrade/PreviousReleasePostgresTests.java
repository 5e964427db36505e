package org.integrationgateway.upgrade;

import org.integrationgateway.support.PostgresDatabase;

/** {@link PreviousReleaseContract} on a real PostgreSQL 15 (embedded). */
class PreviousReleasePostgresTests extends PreviousReleaseContract {

    @Override
    String newDatabase() {
        return PostgresDatabase.newDatabase();
    }

    @Override
    String databaseName() {
        return "PostgreSQL";
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String password() {
        return "postgres";
    }
}
