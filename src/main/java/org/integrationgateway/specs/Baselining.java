package org.integrationgateway.specs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.events.BaselineFrozen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes baselines: the current revision of every item of the project at that moment. A GO at a gate freezes one
 * (see {@link BaselineOnGo}); the project manager may freeze one by hand. Every item in a baseline is locked: from
 * then on it changes only through an approved change request. Retired items are left out (and not locked).
 * <p>
 * A freeze reads the items and their current revisions in two queries; one that races with an edit of an item, or with
 * another freeze of the project taking the same baseline number, answers 409 and freezes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Baselining {

    private final Baselines baselines;
    private final SpecItems items;
    private final ItemRevisions revisions;
    private final Portfolio portfolio;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Baselining(Baselines baselines, SpecItems items, ItemRevisions revisions, Portfolio portfolio,
               ApplicationEventPublisher events, Clock clock) {
        this.baselines = baselines;
        this.items = items;
        this.revisions = revisions;
        this.portfolio = portfolio;
        this.events = events;
        this.clock = clock;
    }

    /** The project's baselines, newest first. */
    public List<Baseline> baselines(long projectId) {
        portfolio.project(projectId);
        return baselines.findByProjectOrderByNumberDesc(projectId);
    }

    public Baseline baseline(long id) {
        return baselines.findById(id).orElseThrow(() -> new NotFoundException("Baseline", id));
    }

    /** The revisions a baseline holds, by item key. */
    public List<ItemRevision> contents(long baselineId) {
        Baseline baseline = baseline(baselineId);
        Map<Long, ItemRevision> byId = revisions.findAllById(baseline.entriesByKey().stream()
                .map(BaselineEntry::itemRevision).toList()).stream()
                .collect(Collectors.toMap(ItemRevision::id, r -> r));
        return baseline.entriesByKey().stream().map(e -> byId.get(e.itemRevision())).toList();
    }

    /**
     * Freezes a baseline by hand, named {@code name}: the current revision of every item (not retired) of the project.
     *
     * @throws RuleViolationException {@code empty-spec} (422) if the project has no items to freeze
     * @throws ConflictException (409) if an item changed or another baseline was frozen at the same moment
     */
    @Transactional
    public Baseline freeze(long projectId, String name) {
        portfolio.project(projectId);
        return freeze(projectId, name, BaselineSource.MANUAL, null, CurrentUser.actorName());
    }

    /**
     * Freezes the baseline of a GO at gate review {@code reviewId}; does nothing if that review already froze one,
     * so a repeated delivery of the event freezes once (the unique index on the review backs this up against two
     * deliveries at the same moment: the loser fails and, retried, finds the baseline). A project without items gets
     * an empty baseline, recording the GO. Runs in a transaction of its own so that a lost race can be retried.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void freezeAtGate(long projectId, long reviewId, String gateName, String decidedBy) {
        if (baselines.existsByGateReview(reviewId)) {
            return;
        }
        freeze(projectId, "GO at " + gateName, BaselineSource.GATE, reviewId, decidedBy);
    }

    private Baseline freeze(long projectId, String name, BaselineSource source, Long reviewId, String by) {
        List<SpecItem> projectItems = items.findByProjectOrderByNumber(projectId).stream()
                .filter(item -> item.getStatus() != ItemStatus.RETIRED && item.getCurrentRevision() > 0).toList();
        if (projectItems.isEmpty() && source == BaselineSource.MANUAL) {
            throw new RuleViolationException("empty-spec", null, "The project's spec has no items yet, so there is nothing to freeze.");
        }
        Map<Long, ItemRevision> current = revisions.findCurrentOfProject(projectId).stream()
                .collect(Collectors.toMap(ItemRevision::specItem, r -> r));
        List<BaselineEntry> entries = projectItems.stream().map(item -> {
            ItemRevision revision = current.get(item.getId());
            if (revision == null || revision.revision() != item.getCurrentRevision()) {
                throw ConflictException.staleVersion(item.getItemKey());
            }
            return new BaselineEntry(item.getId(), item.getItemKey(), revision.id(), revision.revision());
        }).toList();
        Instant now = clock.instant();
        Baseline baseline;
        try {
            baseline = baselines.save(Baseline.freeze(projectId, baselines.nextNumber(projectId), name, source,
                    reviewId, entries, by, now));
            List<SpecItem> newlyLocked = projectItems.stream().filter(item -> !item.isBaselined()).toList();
            for (SpecItem item : newlyLocked) {
                item.lock(baseline.getId());
            }
            items.saveAll(newlyLocked);
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            throw new ConflictException("baseline-raced", "The spec changed or another baseline was frozen at the same "
                    + "moment. Nothing was frozen; freeze again.");
        }
        events.publishEvent(new BaselineFrozen(projectId, baseline.getId(), baseline.key(), baseline.getName(),
                source.name(), reviewId, entries.size(), by, now));
        return baseline;
    }
}
