package org.integrationgateway.shared;

import java.time.LocalDate;

/**
 * The dates the application accepts: years 0001 to 9999, the range of an SQL {@code date} that both PostgreSQL and H2
 * store, and far enough from {@link LocalDate}'s limits that date arithmetic on them (a load period, a day after
 * an assignment ends) cannot overflow.
 */
public final class CalendarRange {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private CalendarRange() {
    }

    /**
     * @throws InvalidRequestException naming {@code field} if {@code date} is set and outside the range
     */
    public static void check(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidRequestException(field, "'" + field + "' must be a date between "
                    + EARLIEST + " and " + LATEST + ".");
        }
    }
}
