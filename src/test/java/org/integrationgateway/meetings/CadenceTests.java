package org.integrationgateway.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTests {

    @Test
    void weeksRunFromMondayToSunday() {
        assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 26)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 23)).start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 29)).start()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void fortnightsAreCountedFromTheFirstMondayOf2024ForEveryProject() {
        assertThat(Cadence.FORTNIGHTLY.periodOf(LocalDate.of(2024, 1, 14)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 14)));
        assertThat(Cadence.FORTNIGHTLY.periodOf(LocalDate.of(2024, 1, 15)).start()).isEqualTo(LocalDate.of(2024, 1, 15));
        ReportingPeriod period = Cadence.FORTNIGHTLY.periodOf(LocalDate.of(2026, 11, 26));
        assertThat(period.contains(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(period.end()).isEqualTo(period.start().plusDays(13));
        assertThat(period.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(Cadence.FORTNIGHTLY.periodOf(LocalDate.of(2023, 12, 31)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2023, 12, 18), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void monthsAreCalendarMonths() {
        assertThat(Cadence.MONTHLY.periodOf(LocalDate.of(2028, 2, 10)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void remindsFromTheLeadBeforeThePeriodEndsUntilItEnds() {
        ReminderPolicy policy = new ReminderPolicy(2);
        ReportingPeriod week = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 26));
        assertThat(policy.remindFrom(week)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(policy.remindsOn(week, LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(policy.remindsOn(week, LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(policy.remindsOn(week, LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(policy.remindsOn(week, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(new ReminderPolicy(10).remindFrom(week)).isEqualTo(week.start());
    }
}
