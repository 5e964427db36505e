package org.integrationgateway.changecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.integrationgateway.changecontrol.ResponseTarget.Unit;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response targets: hours run round the clock, working days skip Saturdays and Sundays (UTC). */
class ResponseTargetTests {

    @Test
    void hoursRunRoundTheClock() {
        assertThat(new ResponseTarget(4, Unit.HOURS).dueFrom(Instant.parse("2025-03-14T22:30:00Z")))
                .isEqualTo(Instant.parse("2025-03-15T02:30:00Z"));
    }

    @ParameterizedTest(name = "{1} working days from {0} → {2}")
    @CsvSource({
            "2025-03-13T10:00:00Z, 1, 2025-03-14T10:00:00Z",   // Thursday → Friday
            "2025-03-14T10:00:00Z, 1, 2025-03-17T10:00:00Z",   // Friday → Monday, across the weekend
            "2025-03-14T10:00:00Z, 2, 2025-03-18T10:00:00Z",   // Friday → Tuesday
            "2025-03-13T10:00:00Z, 5, 2025-03-20T10:00:00Z",   // Thursday → next Thursday
            "2025-03-15T10:00:00Z, 1, 2025-03-17T10:00:00Z",   // Saturday → Monday
            "2025-03-16T23:00:00Z, 1, 2025-03-17T23:00:00Z",   // Sunday night → Monday night
            "2025-03-10T08:00:00Z, 10, 2025-03-24T08:00:00Z"}) // two weeks
    void workingDaysSkipTheWeekend(Instant start, int days, Instant due) {
        assertThat(new ResponseTarget(days, Unit.WORKING_DAYS).dueFrom(start)).isEqualTo(due);
    }

    @Test
    void aTargetIsOneToAThousandHoursOrWorkingDays() {
        assertThatThrownBy(() -> new ResponseTarget(0, Unit.HOURS))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new ResponseTarget(ResponseTarget.MAX_AMOUNT + 1, Unit.WORKING_DAYS))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new ResponseTarget(4, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        assertThat(new ResponseTarget(ResponseTarget.MAX_AMOUNT, Unit.HOURS).amount()).isEqualTo(1000);
        assertThat(new ResponseTarget(5, Unit.WORKING_DAYS)).hasToString("5 WORKING_DAYS");
    }
}
