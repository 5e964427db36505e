package org.integrationgateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.portfolio.AllocationPolicy.Allocation;
import org.integrationgateway.portfolio.AllocationPolicy.Request;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AllocationPolicyTests {

    private final AllocationPolicy policy = new AllocationPolicy();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Allocation allocation(long id, String project, int percent, String start, String end) {
        return new Allocation(id, id * 10, project, percent, d(start), d(end));
    }

    private static Request request(int percent, String start, String end) {
        return new Request(null, percent, d(start), d(end));
    }

    private RuleViolationException refusal(List<Allocation> existing, Request request) {
        return catchThrowableOfType(RuleViolationException.class,
                () -> policy.check(7, "Lena Vogt", existing, request));
    }

    @Test
    void allowsAFirstAllocationOfAHundredPercent() {
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", List.of(), request(100, "2026-01-01", "2026-12-31")));
    }

    @Test
    void allowsExactlyAHundredPercentTogether() {
        var existing = List.of(allocation(1, "K7 Packaging Line", 60, "2026-01-01", "2026-06-30"));
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", existing, request(40, "2026-03-01", "2026-09-30")));
    }

    @Test
    void refusesOnePercentTooMuchAndShowsTheCurrentLoad() {
        var existing = List.of(
                allocation(1, "K7 Packaging Line", 50, "2026-12-01", "2027-03-31"),
                allocation(2, "K5 Retrofit Kit", 30, "2026-12-01", "2027-03-31"));

        RuleViolationException refusal = refusal(existing, request(40, "2026-11-01", "2027-06-30"));

        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo("allocation-exceeded");
        assertThat(refusal.field()).isEqualTo("allocationPercent");
        assertThat(refusal.getMessage()).isEqualTo("Lena Vogt is already allocated 80 % from 2026-12-01 to 2027-03-31 "
                + "(K7 Packaging Line 50 %, K5 Retrofit Kit 30 %); 40 % more would make 120 %.");
        assertThat(refusal.details()).containsEntry("personId", 7L).containsEntry("personName", "Lena Vogt")
                .containsEntry("currentLoad", 80).containsEntry("requestedPercent", 40)
                .containsEntry("resultingLoad", 120).containsEntry("availablePercent", 20)
                .containsEntry("loadFrom", "2026-12-01").containsEntry("loadTo", "2027-03-31");
        @SuppressWarnings("unchecked")
        var parts = (List<Map<String, Object>>) refusal.details().get("allocations");
        assertThat(parts).extracting(p -> p.get("projectName")).containsExactly("K7 Packaging Line", "K5 Retrofit Kit");
        assertThat(parts).extracting(p -> p.get("allocationPercent")).containsExactly(50, 30);
    }

    @Test
    void touchingPeriodsDoNotOverlap() {
        var existing = List.of(allocation(1, "K7", 100, "2026-01-01", "2026-06-30"));
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", existing, request(100, "2026-07-01", "2026-12-31")));
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", existing, request(100, "2025-01-01", "2025-12-31")));
    }

    @Test
    void aSingleSharedDayCounts() {
        var existing = List.of(allocation(1, "K7", 100, "2026-01-01", "2026-06-30"));
        RuleViolationException refusal = refusal(existing, request(1, "2026-06-30", "2026-12-31"));
        assertThat(refusal).isNotNull();
        assertThat(refusal.details()).containsEntry("loadFrom", "2026-06-30").containsEntry("loadTo", "2026-06-30");
        assertThat(refusal(existing, request(1, "2025-12-01", "2026-01-01"))).isNotNull();
    }

    @Test
    void overlapsThatDoNotOverlapEachOtherAreNotAdded() {
        var existing = List.of(
                allocation(1, "K7", 60, "2026-01-01", "2026-03-31"),
                allocation(2, "K5", 60, "2026-04-01", "2026-06-30"),
                allocation(3, "K9", 60, "2026-09-01", "2026-09-30"));
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", existing, request(40, "2026-01-01", "2026-12-31")));

        RuleViolationException refusal = refusal(existing, request(41, "2026-01-01", "2026-12-31"));
        assertThat(refusal.details()).containsEntry("currentLoad", 60).containsEntry("resultingLoad", 101)
                .containsEntry("loadFrom", "2026-01-01").containsEntry("loadTo", "2026-03-31");
    }

    @Test
    void reportsThePeakStretchWhereOverlapsStack() {
        var existing = List.of(
                allocation(1, "K7", 50, "2026-01-01", "2026-12-31"),
                allocation(2, "K5", 30, "2026-03-01", "2026-04-30"),
                allocation(3, "K9", 10, "2026-04-01", "2026-08-31"));
        RuleViolationException refusal = refusal(existing, request(15, "2026-01-01", "2026-12-31"));
        assertThat(refusal.getMessage()).isEqualTo("Lena Vogt is already allocated 90 % from 2026-04-01 to 2026-04-30 "
                + "(K7 50 %, K5 30 %, K9 10 %); 15 % more would make 105 %.");
        assertThatNoException().isThrownBy(() -> policy.check(7, "Lena Vogt", existing, request(15, "2026-05-01", "2026-12-31")));
    }

    @Test
    void onlyTheRequestedPeriodMatters() {
        var existing = List.of(allocation(1, "K7", 100, "2026-01-01", "2026-01-31"),
                allocation(2, "K5", 90, "2026-02-01", "2026-12-31"));
        RuleViolationException refusal = refusal(existing, request(20, "2026-01-31", "2026-02-28"));
        assertThat(refusal.details()).containsEntry("currentLoad", 100).containsEntry("loadFrom", "2026-01-31")
                .containsEntry("loadTo", "2026-01-31");
    }

    @Test
    void editingAnAssignmentLeavesItselfOut() {
        var existing = List.of(allocation(1, "K7", 80, "2026-01-01", "2026-12-31"),
                allocation(2, "K5", 20, "2026-01-01", "2026-12-31"));
        assertThatNoException().isThrownBy(() ->
                policy.check(7, "Lena Vogt", existing, new Request(1L, 80, d("2026-01-01"), d("2026-12-31"))));
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> policy.check(7, "Lena Vogt", existing, new Request(1L, 81, d("2026-01-01"), d("2026-12-31"))));
        assertThat(refusal.getMessage()).isEqualTo("Lena Vogt is already allocated 20 % from 2026-01-01 to 2026-12-31 "
                + "(K5 20 %); 81 % more would make 101 %.");
    }

    @Test
    void aNewRequestDoesNotLeaveAnythingOut() {
        var existing = List.of(allocation(1, "K7", 80, "2026-01-01", "2026-12-31"));
        assertThat(refusal(existing, request(21, "2026-01-01", "2026-12-31"))).isNotNull();
    }

    @Test
    void loadIsListedAsStretchesOfConstantLoad() {
        var a = allocation(1, "K7", 50, "2026-01-01", "2026-01-31");
        var b = allocation(2, "K5", 30, "2026-01-15", "2026-02-15");
        var segments = AllocationPolicy.loadBetween(List.of(a, b), d("2025-12-25"), d("2026-02-28"));
        assertThat(segments).containsExactly(
                new AllocationPolicy.LoadSegment(d("2026-01-01"), d("2026-01-14"), 50, List.of(a)),
                new AllocationPolicy.LoadSegment(d("2026-01-15"), d("2026-01-31"), 80, List.of(a, b)),
                new AllocationPolicy.LoadSegment(d("2026-02-01"), d("2026-02-15"), 30, List.of(b)));
        assertThat(AllocationPolicy.peakBetween(List.of(a, b), d("2026-02-01"), d("2026-02-28"))).isEqualTo(30);
        assertThat(AllocationPolicy.peakBetween(List.of(a, b), d("2026-03-01"), d("2026-03-31"))).isZero();
    }
}
