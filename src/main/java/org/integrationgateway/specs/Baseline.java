package org.integrationgateway.specs;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A frozen set of item revisions of a project: numbered per project ({@code B1}, {@code B2} …), named, and never
 * changed after it is frozen. {@code gateReview} names the review whose GO froze it (null for a manual baseline).
 */
@Table("baseline")
public class Baseline extends AbstractAggregateRoot<Baseline> {

    @Id
    private Long id;
    private final long project;
    private final int number;
    private final String name;
    private final BaselineSource source;
    private final Long gateReview;
    private final Instant frozenAt;
    private final String frozenBy;
    @MappedCollection(idColumn = "baseline")
    private final Set<BaselineEntry> entries;

    @PersistenceCreator
    Baseline(Long id, long project, int number, String name, BaselineSource source, Long gateReview, Instant frozenAt,
             String frozenBy, Set<BaselineEntry> entries) {
        this.id = id;
        this.project = project;
        this.number = number;
        this.name = name;
        this.source = source;
        this.gateReview = gateReview;
        this.frozenAt = frozenAt;
        this.frozenBy = frozenBy;
        this.entries = new HashSet<>(entries);
    }

    static Baseline freeze(long project, int number, String name, BaselineSource source, Long gateReview,
                           Collection<BaselineEntry> entries, String by, Instant now) {
        return new Baseline(null, project, number, ItemRules.text("name", name, 200, true), source, gateReview, now, by,
                new HashSet<>(entries));
    }

    /** e.g. {@code B3}. */
    public String key() {
        return "B" + number;
    }

    /** The entries by item key. */
    public List<BaselineEntry> entriesByKey() {
        return entries.stream().sorted(Comparator.comparingInt(e -> SpecKeys.number(e.itemKey()))).toList();
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public BaselineSource getSource() {
        return source;
    }

    public Long getGateReview() {
        return gateReview;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }
}
