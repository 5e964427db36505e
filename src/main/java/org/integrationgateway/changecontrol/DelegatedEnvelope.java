package org.integrationgateway.changecontrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationgateway.changecontrol.events.DelegatedEnvelopeChanged;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's delegated envelope: the largest cost delta (in one currency) and schedule delta a standard change may
 * have, and the spec item categories it may touch, to be approved by policy without the board. {@code revision}
 * counts its versions from 1; a decision by the envelope records the revision it applied.
 */
@Table("change_envelope")
public class DelegatedEnvelope extends AbstractAggregateRoot<DelegatedEnvelope> {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    public static final int MAX_CATEGORIES = 20;

    @Id
    private Long id;
    private final long project;
    private int revision;
    private BigDecimal maxCost;
    private String currency;
    private int maxScheduleDays;
    @MappedCollection(idColumn = "change_envelope")
    private Set<EnvelopeCategory> categories;
    private Instant changedAt;
    private String changedBy;
    @Version
    private Long version;

    @PersistenceCreator
    DelegatedEnvelope(Long id, long project, int revision, BigDecimal maxCost, String currency, int maxScheduleDays,
                      Set<EnvelopeCategory> categories, Instant changedAt, String changedBy, Long version) {
        this.id = id;
        this.project = project;
        this.revision = revision;
        this.maxCost = maxCost;
        this.currency = currency;
        this.maxScheduleDays = maxScheduleDays;
        this.categories = new java.util.HashSet<>(categories);
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    /** A first envelope for the project (revision 1). */
    static DelegatedEnvelope create(long project, EnvelopeLimits limits, String by, Instant now) {
        DelegatedEnvelope envelope = new DelegatedEnvelope(null, project, 0, null, null, 0, Set.of(), null, null, null);
        envelope.change(limits, by, now);
        return envelope;
    }

    /**
     * Replaces the limits and counts a new revision.
     *
     * @throws InvalidRequestException for missing, negative or malformed limits
     */
    void change(EnvelopeLimits limits, String by, Instant now) {
        DelegatedEnvelopeChanged.Limits previous = revision == 0 ? null : limits();
        if (limits.maxCost() == null || limits.maxCost().signum() < 0 || limits.maxCost().compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidRequestException("maxCost", "The maximum cost is an amount from 0 to " + MAX_AMOUNT.toPlainString() + ".");
        }
        if (limits.maxCost().scale() > 2) {
            throw new InvalidRequestException("maxCost", "Give the maximum cost with at most two decimals.");
        }
        String code = Money.currency("currency", limits.currency());
        if (limits.maxScheduleDays() == null || limits.maxScheduleDays() < 0 || limits.maxScheduleDays() > 3650) {
            throw new InvalidRequestException("maxScheduleDays", "The maximum schedule delta is 0 to 3650 days.");
        }
        Set<String> cats = new TreeSet<>();
        for (String category : limits.categories() == null ? List.<String>of() : limits.categories()) {
            if (category == null || category.isBlank()) {
                continue;
            }
            String normalised = category.trim().toLowerCase(Locale.ROOT);
            if (!normalised.matches("[a-z][a-z0-9 _-]{0,39}")) {
                throw new InvalidRequestException("categories", "A category is a word of up to 40 letters, digits, spaces or dashes: \"" + category.trim() + "\" is not.");
            }
            cats.add(normalised);
        }
        if (cats.size() > MAX_CATEGORIES) {
            throw new InvalidRequestException("categories", "An envelope names at most " + MAX_CATEGORIES + " categories.");
        }
        this.maxCost = limits.maxCost();
        this.currency = code;
        this.maxScheduleDays = limits.maxScheduleDays();
        this.categories = cats.stream().map(EnvelopeCategory::new).collect(Collectors.toSet());
        this.revision++;
        this.changedAt = now;
        this.changedBy = by;
        registerEvent(new DelegatedEnvelopeChanged(project, revision, previous, limits(), by));
    }

    DelegatedEnvelopeChanged.Limits limits() {
        return new DelegatedEnvelopeChanged.Limits(maxCost, currency, maxScheduleDays, categoryNames());
    }

    public List<String> categoryNames() {
        return categories.stream().map(EnvelopeCategory::category).filter(Objects::nonNull).sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public int getRevision() {
        return revision;
    }

    public BigDecimal getMaxCost() {
        return maxCost;
    }

    public String getCurrency() {
        return currency;
    }

    public int getMaxScheduleDays() {
        return maxScheduleDays;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Long getVersion() {
        return version;
    }
}
