package org.integrationgateway.specs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.events.BaselineFrozen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes baselines: the current revision of every item of the project at that moment. A GO at a gate freezes one
 * (see {@link BaselineOnGo}); the project manager may freeze one by hand. Every item in a baseline is locked: from
 * then on it changes only through an approved change request.
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

    /** Freezes a baseline by hand, named {@code name}. */
    @Transactional
    public Baseline freeze(long projectId, String name) {
        portfolio.project(projectId);
        return freeze(projectId, name, BaselineSource.MANUAL, null, CurrentUser.actorName());
    }

    /**
     * Freezes the baseline of a GO at gate review {@code reviewId}; does nothing if that review already froze one,
     * so a repeated delivery of the event freezes once.
     */
    @Transactional
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
        List<BaselineEntry> entries = projectItems.stream().map(item -> {
            ItemRevision current = revisions.findBySpecItemAndRevision(item.getId(), item.getCurrentRevision()).orElseThrow();
            return new BaselineEntry(item.getId(), item.getItemKey(), current.id(), current.revision());
        }).toList();
        Instant now = clock.instant();
        Baseline baseline = baselines.save(Baseline.freeze(projectId, baselines.nextNumber(projectId), name, source,
                reviewId, entries, by, now));
        for (SpecItem item : projectItems) {
            item.lock(baseline.getId());
        }
        items.saveAll(projectItems);
        events.publishEvent(new BaselineFrozen(projectId, baseline.getId(), baseline.key(), baseline.getName(),
                source.name(), reviewId, entries.size(), by, now));
        return baseline;
    }
}
