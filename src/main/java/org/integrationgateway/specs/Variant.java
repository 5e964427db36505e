package org.integrationgateway.specs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's or an order's variant of a project's spec: a set of {@link VariantOverride}s on one baseline, never a
 * copy. The spec as delivered is computed from the baseline plus the overrides; carrying the variant forward to a
 * later baseline keeps the overrides and flags those whose item changed in between as conflicts.
 */
@Table("variant")
public class Variant extends AbstractAggregateRoot<Variant> {

    @Id
    private Long id;
    private final long project;
    private String name;
    private Long customer;
    private String orderReference;
    private long baseline;
    @MappedCollection(idColumn = "variant", keyColumn = "position")
    private List<VariantOverride> overrides;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    Variant(Long id, long project, String name, Long customer, String orderReference, long baseline,
            List<VariantOverride> overrides, Instant createdAt, String createdBy, Long version) {
        this.id = id;
        this.project = project;
        this.name = name;
        this.customer = customer;
        this.orderReference = orderReference;
        this.baseline = baseline;
        this.overrides = new ArrayList<>(overrides);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public Long getCustomer() {
        return customer;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public long getBaseline() {
        return baseline;
    }

    public List<VariantOverride> getOverrides() {
        return List.copyOf(overrides);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getVersion() {
        return version;
    }
}
