package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationgateway.shared.RuleViolationException;

/**
 * A person's allocations may not add up to more than {@value #LIMIT} % on any single day. Periods are inclusive
 * on both ends, so an assignment ending on the 31st and one starting on the 1st do not overlap; allocations that
 * both overlap a request but not each other are not added together. When an existing assignment is changed it
 * is left out of the load it is checked against.
 */
public final class AllocationPolicy {

    public static final int LIMIT = 100;

    /** An allocation the person already has. */
    public record Allocation(long assignmentId, long projectId, String projectName, int percent, LocalDate startDate,
                             LocalDate endDate) {

        boolean covers(LocalDate day) {
            return !day.isBefore(startDate) && !day.isAfter(endDate);
        }
    }

    /** A new ({@code assignmentId} null) or changed allocation to check. */
    public record Request(Long assignmentId, int percent, LocalDate startDate, LocalDate endDate) {
    }

    /** The days {@code from..to} (inclusive) on which the same allocations apply, and their sum. */
    public record LoadSegment(LocalDate from, LocalDate to, int percent, List<Allocation> allocations) {
    }

    /**
     * Refuses a request that would take the person above the limit on some day of its period.
     *
     * @throws RuleViolationException {@code allocation-exceeded} naming the current load at its peak, the
     *         projects making it up and the total the request would reach; its details carry the same figures
     */
    public void check(long personId, String personName, Collection<Allocation> existing, Request request) {
        List<Allocation> others = existing.stream()
                .filter(allocation -> !Objects.equals(request.assignmentId(), allocation.assignmentId()))
                .toList();
        List<LoadSegment> load = loadBetween(others, request.startDate(), request.endDate());
        LoadSegment peak = load.stream().reduce((a, b) -> b.percent() > a.percent() ? b : a).orElse(null);
        int current = peak == null ? 0 : peak.percent();
        int total = current + request.percent();
        if (total <= LIMIT) {
            return;
        }
        String projects = peak.allocations().stream()
                .map(allocation -> allocation.projectName() + " " + allocation.percent() + " %")
                .collect(Collectors.joining(", "));
        String message = personName + " is already allocated " + current + " % from " + peak.from() + " to "
                + peak.to() + " (" + projects + "); " + request.percent() + " % more would make " + total + " %.";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", personId);
        details.put("personName", personName);
        details.put("currentLoad", current);
        details.put("requestedPercent", request.percent());
        details.put("resultingLoad", total);
        details.put("availablePercent", Math.max(0, LIMIT - current));
        details.put("loadFrom", peak.from().toString());
        details.put("loadTo", peak.to().toString());
        details.put("allocations", peak.allocations().stream().map(AllocationPolicy::describe).toList());
        throw new RuleViolationException("allocation-exceeded", "allocationPercent", message, details);
    }

    private static Map<String, Object> describe(Allocation allocation) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("assignmentId", allocation.assignmentId());
        map.put("projectId", allocation.projectId());
        map.put("projectName", allocation.projectName());
        map.put("allocationPercent", allocation.percent());
        map.put("startDate", allocation.startDate().toString());
        map.put("endDate", allocation.endDate().toString());
        return map;
    }

    /**
     * The load of the given allocations on the days {@code from..to}, as consecutive stretches of constant load.
     * Days without any allocation are left out.
     */
    public static List<LoadSegment> loadBetween(Collection<Allocation> allocations, LocalDate from, LocalDate to) {
        List<Allocation> relevant = allocations.stream()
                .filter(a -> !a.endDate().isBefore(from) && !a.startDate().isAfter(to))
                .toList();
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        boundaries.add(from);
        boundaries.add(to.plusDays(1));
        for (Allocation allocation : relevant) {
            boundaries.add(max(allocation.startDate(), from));
            boundaries.add(min(allocation.endDate(), to).plusDays(1));
        }
        List<LoadSegment> segments = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate boundary : boundaries) {
            if (start != null) {
                LocalDate day = start;
                List<Allocation> active = relevant.stream().filter(a -> a.covers(day)).toList();
                if (!active.isEmpty()) {
                    segments.add(new LoadSegment(start, boundary.minusDays(1),
                            active.stream().mapToInt(Allocation::percent).sum(), active));
                }
            }
            start = boundary;
        }
        return segments;
    }

    /** The highest load on any day of {@code from..to}. */
    public static int peakBetween(Collection<Allocation> allocations, LocalDate from, LocalDate to) {
        return loadBetween(allocations, from, to).stream().mapToInt(LoadSegment::percent).max().orElse(0);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
