package org.integrationgateway.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.integrationgateway.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class MeasureFilterTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void defaultsToTheLastTwelveCalendarMonths() {
        MeasureFilter filter = MeasureFilter.parse(null, " ", "", TODAY);
        assertThat(filter.programId()).isNull();
        assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(filter.to()).isEqualTo(TODAY);
    }

    @Test
    void aStartAloneRunsTwelveMonthsOrToToday() {
        assertThat(MeasureFilter.parse(null, "2026-03-15", null, TODAY).to()).isEqualTo(TODAY);
        assertThat(MeasureFilter.parse(null, "2027-01-01", null, TODAY).to()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void anEndAloneStartsElevenMonthsBefore() {
        MeasureFilter filter = MeasureFilter.parse("7", null, "2025-03-31", TODAY);
        assertThat(filter.programId()).isEqualTo(7L);
        assertThat(filter.from()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertThatThrownBy(() -> MeasureFilter.parse(null, "2025-13-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> MeasureFilter.parse(null, null, "yesterday", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> MeasureFilter.parse("P1", null, null, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("programId"));
        assertThatThrownBy(() -> MeasureFilter.parse(null, "2025-04-01", "2025-03-31", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> MeasureFilter.parse(null, "2020-01-01", "2025-01-01", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void theInstantsCoverWholeUtcDays() {
        MeasureFilter filter = new MeasureFilter(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertThat(filter.start()).hasToString("2025-01-01T00:00Z");
        assertThat(filter.end()).hasToString("2025-02-01T00:00Z");
    }
}
