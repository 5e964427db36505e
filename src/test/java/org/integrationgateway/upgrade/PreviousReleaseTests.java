package org.integrationgateway.upgrade;

import java.util.UUID;

/** {@link PreviousReleaseContract} on H2 (PostgreSQL mode), the embedded database. */
class PreviousReleaseTests extends PreviousReleaseContract {

    @Override
    String newDatabase() {
        return "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Override
    String databaseName() {
        return "H2";
    }

    @Override
    String vendor() {
        return "h2";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
