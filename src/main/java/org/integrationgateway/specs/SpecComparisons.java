package org.integrationgateway.specs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two revisions of an item, and two baselines of a project, field by field and word by word. Either order
 * of the arguments gives the same comparison: the older revision (baseline) is always {@code from}.
 * <p>
 * The fields compared, by API name: {@code title}, {@code body}, {@code category}, {@code priority},
 * {@code acceptanceCriterion}, {@code status}, {@code optionPrice} (plain amount with two decimals),
 * {@code optionCurrency} and {@code leadTimeDays}; only changed fields are reported, each with its
 * {@link WordDiff} segments (for one-word values one DELETED and one INSERTED run).
 */
@Service
@Transactional(readOnly = true)
public class SpecComparisons {

    /** Compared fields in the order they are reported. */
    public static final List<String> FIELDS = List.of("title", "body", "category", "priority", "acceptanceCriterion",
            "status", "optionPrice", "optionCurrency", "leadTimeDays");

    private static final Map<String, Function<ItemRevision, String>> VALUES = fields();

    private final SpecItems items;
    private final ItemRevisions revisions;
    private final Baselines baselines;
    private final NamedParameterJdbcTemplate jdbc;

    SpecComparisons(SpecItems items, ItemRevisions revisions, Baselines baselines, NamedParameterJdbcTemplate jdbc) {
        this.items = items;
        this.revisions = revisions;
        this.baselines = baselines;
        this.jdbc = jdbc;
    }

    /** Revision {@code from} against revision {@code to} of the item (either order). */
    public RevisionComparison revisions(long itemId, int from, int to) {
        SpecItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("Spec item", itemId));
        int older = Math.min(from, to);
        int newer = Math.max(from, to);
        ItemRevision before = revision(itemId, older);
        ItemRevision after = older == newer ? before : revision(itemId, newer);
        return new RevisionComparison(item, before, after, changes(before, after));
    }

    /** Baseline {@code fromId} against {@code toId} (both of one project, or 422). */
    public BaselineComparison baselines(long fromId, long toId) {
        Baseline first = baseline(fromId);
        Baseline second = fromId == toId ? first : baseline(toId);
        if (first.getProject() != second.getProject()) {
            throw new RuleViolationException("different-projects", "to", first.key() + " and " + second.key()
                    + " are baselines of different projects; compare baselines of one project.");
        }
        Baseline from = first.getNumber() <= second.getNumber() ? first : second;
        Baseline to = from == first ? second : first;
        Map<Long, BaselineEntry> before = byItem(from);
        Map<Long, BaselineEntry> after = byItem(to);
        Set<Long> revisionIds = new HashSet<>();
        before.values().forEach(e -> revisionIds.add(e.itemRevision()));
        after.values().forEach(e -> revisionIds.add(e.itemRevision()));
        Map<Long, ItemRevision> loaded = revisions.findAllById(revisionIds).stream()
                .collect(Collectors.toMap(ItemRevision::id, r -> r));

        List<ItemRevision> added = new ArrayList<>();
        List<ItemRevision> removed = new ArrayList<>();
        List<BaselineEntry[]> changedEntries = new ArrayList<>();
        after.forEach((item, entry) -> {
            BaselineEntry old = before.get(item);
            if (old == null) {
                added.add(loaded.get(entry.itemRevision()));
            } else if (old.itemRevision() != entry.itemRevision()) {
                changedEntries.add(new BaselineEntry[] {old, entry});
            }
        });
        before.forEach((item, entry) -> {
            if (!after.containsKey(item)) {
                removed.add(loaded.get(entry.itemRevision()));
            }
        });
        Map<Long, List<long[]>> requests = changeRequests(changedEntries.stream().map(pair -> pair[1].specItem()).toList());
        List<BaselineComparison.ChangedItem> changed = changedEntries.stream().map(pair -> {
            ItemRevision was = loaded.get(pair[0].itemRevision());
            ItemRevision now = loaded.get(pair[1].itemRevision());
            int low = Math.min(was.revision(), now.revision());
            int high = Math.max(was.revision(), now.revision());
            List<Long> implemented = requests.getOrDefault(pair[1].specItem(), List.of()).stream()
                    .filter(r -> r[0] > low && r[0] <= high).map(r -> r[1])
                    .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
            return new BaselineComparison.ChangedItem(now.itemKey(), was, now, changes(was, now), implemented);
        }).sorted(Comparator.comparingInt(c -> SpecKeys.number(c.itemKey()))).toList();
        Comparator<ItemRevision> byKey = Comparator.comparingInt(r -> SpecKeys.number(r.itemKey()));
        added.sort(byKey);
        removed.sort(byKey);
        return new BaselineComparison(from, to, List.copyOf(added), List.copyOf(removed), changed);
    }

    /** The fields that differ from {@code before} to {@code after}, in {@link #FIELDS} order. */
    static List<FieldDiff> changes(ItemRevision before, ItemRevision after) {
        List<FieldDiff> changes = new ArrayList<>();
        VALUES.forEach((field, value) -> {
            String was = value.apply(before);
            String now = value.apply(after);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldDiff(field, was, now, WordDiff.diff(was, now)));
            }
        });
        return List.copyOf(changes);
    }

    /** For each item, {revision, change request} of its revisions that implement a change request, in one query. */
    private Map<Long, List<long[]>> changeRequests(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<long[]>> result = new HashMap<>();
        jdbc.query("select spec_item, revision, change_request from spec_item_revision where spec_item in (:items)"
                        + " and change_request is not null order by spec_item, revision",
                Map.of("items", itemIds), rs -> {
                    result.computeIfAbsent(rs.getLong("spec_item"), k -> new ArrayList<>())
                            .add(new long[] {rs.getInt("revision"), rs.getLong("change_request")});
                });
        return result;
    }

    private ItemRevision revision(long itemId, int revision) {
        return revisions.findBySpecItemAndRevision(itemId, revision)
                .orElseThrow(() -> new NotFoundException("Revision " + revision + " of spec item", itemId));
    }

    private Baseline baseline(long id) {
        return baselines.findById(id).orElseThrow(() -> new NotFoundException("Baseline", id));
    }

    private static Map<Long, BaselineEntry> byItem(Baseline baseline) {
        Map<Long, BaselineEntry> entries = new LinkedHashMap<>();
        baseline.entriesByKey().forEach(e -> entries.put(e.specItem(), e));
        return entries;
    }

    private static Map<String, Function<ItemRevision, String>> fields() {
        Map<String, Function<ItemRevision, String>> values = new LinkedHashMap<>();
        values.put("title", ItemRevision::title);
        values.put("body", ItemRevision::body);
        values.put("category", ItemRevision::category);
        values.put("priority", r -> r.priority() == null ? null : r.priority().name());
        values.put("acceptanceCriterion", ItemRevision::acceptanceCriterion);
        values.put("status", r -> r.status() == null ? null : r.status().name());
        values.put("optionPrice", r -> price(r.optionPrice()));
        values.put("optionCurrency", ItemRevision::optionCurrency);
        values.put("leadTimeDays", r -> r.leadTimeDays() == null ? null : String.valueOf(r.leadTimeDays()));
        return values;
    }

    private static String price(BigDecimal price) {
        if (price == null) {
            return null;
        }
        return price.scale() <= 2 ? price.setScale(2).toPlainString() : price.stripTrailingZeros().toPlainString();
    }
}
