package org.integrationgateway.research;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.research.ResearchPermissions.Researcher;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.research.events.FindingSurfaced;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market research's application service: staff read findings (404 for customers); marketing people, administrators
 * and PMO surface, correct, interpret and action them (403 {@code not-in-marketing} for other staff). References are
 * checked against portfolio and specs (422 {@code unknown-project}, {@code unknown-item}, {@code not-baselined},
 * {@code not-a-bearing}). Every write is one transaction; {@code expectedVersion}, when given, must match or the write
 * answers 409 and changes nothing.
 */
@Service
public class Research {

    private final Findings findings;
    private final ResearchPermissions permissions;
    private final Portfolio portfolio;
    private final Specifications specifications;
    private final Baselining baselining;
    private final ChangeControl changeControl;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Research(Findings findings, ResearchPermissions permissions, Portfolio portfolio, Specifications specifications,
             Baselining baselining, ChangeControl changeControl, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.findings = findings;
        this.permissions = permissions;
        this.portfolio = portfolio;
        this.specifications = specifications;
        this.baselining = baselining;
        this.changeControl = changeControl;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** One finding, for staff; NotFound otherwise. */
    @Transactional(readOnly = true)
    public Finding finding(long id) {
        if (!permissions.canRead()) {
            throw new NotFoundException("Finding", id);
        }
        return findings.findById(id).orElseThrow(() -> new NotFoundException("Finding", id));
    }

    /**
     * The findings not yet actioned that contradict a baselined item of the project (the project's flag); none for
     * customers and anonymous callers. An unknown project is not found (404).
     */
    @Transactional(readOnly = true)
    public List<Finding> openContradictions(long projectId) {
        if (!permissions.canRead()) {
            return List.of();
        }
        portfolio.project(projectId);
        return findings.findOpenContradictions(projectId);
    }

    public Researcher researcher() {
        return permissions.researcher();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** Surfaces a NEW finding as the signed-in person. */
    @Transactional
    public Finding surface(FindingDraft draft) {
        Researcher researcher = writer();
        Finding finding = findings.save(Finding.surface(draft, researcher.personId(), researcher.name(), null, today(),
                clock.instant()));
        finding.surfaced();
        return findings.save(finding);
    }

    /**
     * Surfaces every draft as one batch, all or nothing (the caller's transaction), recording the import batch id;
     * for the CSV import, which has checked the rows first.
     */
    @Transactional
    public List<Finding> surfaceAll(List<FindingDraft> drafts, Long importBatch) {
        Researcher researcher = writer();
        List<Finding> saved = new ArrayList<>();
        Instant now = clock.instant();
        for (FindingDraft draft : drafts) {
            // one insert per finding: the event needs the id, so it is published here rather than by a second save
            Finding finding = findings.save(Finding.surface(draft, researcher.personId(), researcher.name(), importBatch,
                    today(), now));
            events.publishEvent(new FindingSurfaced(finding.snapshot(), researcher.name()));
            saved.add(finding);
        }
        return saved;
    }

    @Transactional
    public Finding edit(long id, Long expectedVersion, FindingDraft draft) {
        return write(id, expectedVersion, (finding, researcher) -> finding.edit(draft, researcher.name(), today()));
    }

    /**
     * Writes what the finding bears on. Each project must exist; an item must be one of that project's spec items;
     * a contradicted item must be in the project's latest baseline (what the design is committed to).
     */
    @Transactional
    public Finding interpret(long id, Long expectedVersion, List<BearingInput> bearings) {
        return write(id, expectedVersion, (finding, researcher) ->
                finding.interpret(checked(bearings), researcher.name(), clock.instant()));
    }

    /** Raises a change request from the finding on one of the projects it bears on, submitted at once. */
    @Transactional
    public Finding raiseChange(long id, Long expectedVersion, ActionInput input) {
        return write(id, expectedVersion, (finding, researcher) -> {
            finding.requireActionable(Outcome.RAISED_CHANGE);
            if (input == null || input.projectId() == null) {
                throw new InvalidRequestException("projectId", "Choose the project to raise the change request on.");
            }
            if (!finding.bearsOn(input.projectId())) {
                throw new RuleViolationException("not-a-bearing", "projectId",
                        "The finding does not bear on project " + input.projectId() + ".");
            }
            ChangeClass changeClass = changeClass(input.changeClass());
            String title = input.title() == null || input.title().isBlank() ? finding.getTitle() : input.title();
            String description = input.description() == null || input.description().isBlank()
                    ? describe(finding, input.projectId()) : input.description();
            List<SpecItemRef> affected = new ArrayList<>();
            for (String key : input.affectedItemKeys() == null ? List.<String>of() : input.affectedItemKeys()) {
                SpecItem item = item(input.projectId(), key, "affectedItemKeys");
                affected.add(new SpecItemRef(item.getItemKey(), item.getCategory()));
            }
            ChangeRequest request = changeControl.raiseFromFinding(input.projectId(), new ChangeRequestDraft(title,
                    description, Origin.MARKET_RESEARCH, new SourceReference(SourceKind.RESEARCH_FINDING,
                    String.valueOf(finding.getId()), "Finding " + finding.key()), Priority.MEDIUM, changeClass,
                    input.targetStage(), affected, List.of(), null, null));
            finding.raisedChange(input.projectId(), request.getId(), researcher.personId(), researcher.name(),
                    clock.instant());
        });
    }

    /** Links spec items of a project the finding bears on as supported by it. */
    @Transactional
    public Finding linkAsEvidence(long id, Long expectedVersion, long projectId, List<String> itemKeys) {
        return write(id, expectedVersion, (finding, researcher) -> {
            finding.requireActionable(Outcome.LINKED_AS_EVIDENCE);
            if (!finding.bearsOn(projectId)) {
                throw new RuleViolationException("not-a-bearing", "projectId",
                        "The finding does not bear on project " + projectId + ".");
            }
            if (itemKeys == null || itemKeys.isEmpty()) {
                throw new InvalidRequestException("itemKeys", "Choose the spec items the finding supports.");
            }
            for (String key : itemKeys.stream().distinct().toList()) {
                SpecItem item = item(projectId, key, "itemKeys");
                finding.linkedAsEvidence(projectId, item.getItemKey(), researcher.personId(), researcher.name(),
                        clock.instant());
            }
        });
    }

    /** Dismisses the finding with a reason. */
    @Transactional
    public Finding dismiss(long id, Long expectedVersion, String reason) {
        return write(id, expectedVersion, (finding, researcher) ->
                finding.dismiss(reason, researcher.personId(), researcher.name(), clock.instant()));
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    private List<Bearing> checked(List<BearingInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<Bearing> bearings = new ArrayList<>();
        for (BearingInput input : inputs) {
            if (input == null || input.projectId() == null) {
                throw new InvalidRequestException("bearings", "Choose the project each bearing is on.");
            }
            try {
                portfolio.project(input.projectId());
            } catch (NotFoundException unknown) {
                throw new RuleViolationException("unknown-project", "bearings", "There is no project " + input.projectId() + ".");
            }
            String how = Inputs.text("bearings", input.how(), Finding.MAX_HOW, true);
            String key = null;
            if (input.itemKey() != null && !input.itemKey().isBlank()) {
                key = item(input.projectId(), input.itemKey(), "bearings").getItemKey();
            }
            if (input.contradicts()) {
                if (key == null) {
                    throw new InvalidRequestException("bearings", "Name the baselined spec item the finding contradicts.");
                }
                requireBaselined(input.projectId(), key);
            }
            bearings.add(new Bearing(input.projectId(), key, how, input.contradicts()));
        }
        return bearings;
    }

    private void requireBaselined(long projectId, String key) {
        List<Baseline> baselines = baselining.baselines(projectId);
        Set<String> keys = baselines.isEmpty() ? Set.of() : baselining.contents(baselines.get(0).getId()).stream()
                .map(ItemRevision::itemKey).collect(Collectors.toSet());
        if (!keys.contains(key)) {
            throw new RuleViolationException("not-baselined", "bearings", key + " is not in the project's current "
                    + "baseline: only what the design is committed to can be contradicted.");
        }
    }

    private SpecItem item(long projectId, String key, String field) {
        try {
            return specifications.itemByKey(projectId, key);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("unknown-item", field, "Project " + projectId + " has no spec item "
                    + key.strip().toUpperCase(Locale.ROOT) + ".");
        }
    }

    private static ChangeClass changeClass(String name) {
        if (name == null || name.isBlank()) {
            return ChangeClass.NORMAL;
        }
        try {
            return ChangeClass.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("changeClass", "The class is STANDARD, NORMAL or EMERGENCY.");
        }
    }

    private static String describe(Finding finding, long projectId) {
        StringBuilder text = new StringBuilder();
        text.append("From finding ").append(finding.key()).append(" (").append(finding.getSource().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(", segment ").append(finding.getSegment()).append(", confidence ")
                .append(finding.getConfidence().name().toLowerCase(Locale.ROOT));
        if (finding.getSampleSize() != null) {
            text.append(", sample ").append(finding.getSampleSize());
        }
        text.append(", observed ").append(finding.getObservedOn()).append(").\n\n");
        if (finding.getSummary() != null) {
            text.append(finding.getSummary()).append("\n\n");
        }
        for (Bearing bearing : finding.getBearings()) {
            if (bearing.project() == projectId) {
                text.append("- ").append(bearing.itemKey() == null ? "" : bearing.itemKey() + ": ")
                        .append(bearing.contradicts() ? "contradicts the baseline. " : "").append(bearing.how()).append('\n');
            }
        }
        String description = text.toString();
        return description.length() > ChangeRequest.MAX_DESCRIPTION ? description.substring(0, ChangeRequest.MAX_DESCRIPTION)
                : description;
    }

    private Researcher writer() {
        Researcher researcher = permissions.researcher();
        if (!researcher.staff()) {
            throw new NotFoundException("Finding", 0);
        }
        if (!researcher.mayWrite()) {
            throw new NotPermittedException("not-in-marketing", "Marketing people, administrators and PMO record and "
                    + "interpret market research.");
        }
        return researcher;
    }

    @FunctionalInterface
    private interface Step {
        void apply(Finding finding, Researcher researcher);
    }

    private Finding write(long id, Long expectedVersion, Step step) {
        Researcher researcher = writer();
        Finding finding = findings.findById(id).orElseThrow(() -> new NotFoundException("Finding", id));
        if (expectedVersion != null && !Objects.equals(expectedVersion, finding.getVersion())) {
            throw ConflictException.staleVersion("The finding");
        }
        step.apply(finding, researcher);
        return racing(() -> findings.save(finding));
    }

    private static <T> T racing(Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrencyFailureException lost) {
            throw ConflictException.staleVersion("The finding");
        }
    }
}
