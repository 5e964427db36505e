package org.integrationgateway.research;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.integrationgateway.research.events.FindingActioned;
import org.integrationgateway.research.events.FindingEdited;
import org.integrationgateway.research.events.FindingInterpreted;
import org.integrationgateway.research.events.FindingSnapshot;
import org.integrationgateway.research.events.FindingSurfaced;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A market research finding. Its rules live here: the facts are checked (see {@link FindingDraft}) and corrected only
 * until it is actioned; an interpretation (1–20 bearings, each on a project, optionally one of its spec items, and
 * possibly contradicting that item as baselined, which the caller checks against specs) moves it from NEW to
 * INTERPRETED and may be rewritten until it is actioned; actioning needs an interpretation and records each action
 * (change request raised, item linked as evidence, or dismissal with a reason); the first one sets the outcome and
 * the state ACTIONED, which also resolves its contradictions for the gate agenda. A dismissed finding takes no further
 * actions.
 */
@Table("research_finding")
public class Finding extends AbstractAggregateRoot<Finding> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 4_000;
    public static final int MAX_SEGMENT = 100;
    public static final int MAX_EVIDENCE = 10_000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_LINK = 2_000;
    public static final int MAX_SAMPLE = 1_000_000_000;
    public static final int MAX_BEARINGS = 20;
    public static final int MAX_HOW = 2_000;
    public static final int MAX_NOTE = 2_000;

    @Id
    private Long id;
    private String title;
    private String summary;
    private EvidenceSource source;
    private String segment;
    private String evidence;
    private Integer sampleSize;
    private Confidence confidence;
    private LocalDate observedOn;
    private final Long surfacedBy;
    private final String surfacedByName;
    private final Instant surfacedAt;
    private FindingState state;
    private Outcome outcome;
    private String interpretedBy;
    private Instant interpretedAt;
    private Instant actionedAt;
    private final Long importBatch;
    @MappedCollection(idColumn = "research_finding", keyColumn = "position")
    private List<FindingLink> links;
    @MappedCollection(idColumn = "research_finding", keyColumn = "position")
    private List<Bearing> bearings;
    @MappedCollection(idColumn = "research_finding", keyColumn = "position")
    private List<FindingAction> actions;
    @Version
    private Long version;

    @PersistenceCreator
    Finding(Long id, String title, String summary, EvidenceSource source, String segment, String evidence,
            Integer sampleSize, Confidence confidence, LocalDate observedOn, Long surfacedBy, String surfacedByName,
            Instant surfacedAt, FindingState state, Outcome outcome, String interpretedBy, Instant interpretedAt,
            Instant actionedAt, Long importBatch, List<FindingLink> links, List<Bearing> bearings,
            List<FindingAction> actions, Long version) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.source = source;
        this.segment = segment;
        this.evidence = evidence;
        this.sampleSize = sampleSize;
        this.confidence = confidence;
        this.observedOn = observedOn;
        this.surfacedBy = surfacedBy;
        this.surfacedByName = surfacedByName;
        this.surfacedAt = surfacedAt;
        this.state = state;
        this.outcome = outcome;
        this.interpretedBy = interpretedBy;
        this.interpretedAt = interpretedAt;
        this.actionedAt = actionedAt;
        this.importBatch = importBatch;
        this.links = new ArrayList<>(links);
        this.bearings = new ArrayList<>(bearings);
        this.actions = new ArrayList<>(actions);
        this.version = version;
    }

    /** A NEW finding surfaced by {@code person} (null for an account without a person), optionally from an import. */
    static Finding surface(FindingDraft draft, Long person, String name, Long importBatch, LocalDate today, Instant now) {
        Finding finding = new Finding(null, null, null, null, null, null, null, null, null, person, name, now,
                FindingState.NEW, null, null, null, null, importBatch, List.of(), List.of(), List.of(), null);
        finding.apply(draft, today);
        return finding;
    }

    /** Registers {@link FindingSurfaced}; called once the finding has its id. */
    void surfaced() {
        registerEvent(new FindingSurfaced(snapshot(), surfacedByName));
    }

    /** Corrects the facts, until the finding is actioned. */
    void edit(FindingDraft draft, String by, LocalDate today) {
        requireNotActioned("corrected");
        FindingSnapshot before = snapshot();
        apply(draft, today);
        registerEvent(new FindingEdited(before, snapshot(), by));
    }

    /**
     * Writes (or rewrites) what the finding bears on, until it is actioned: NEW → INTERPRETED. The caller has
     * checked the projects and items exist and that contradicted items are baselined.
     */
    void interpret(List<Bearing> newBearings, String by, Instant now) {
        requireNotActioned("interpreted again");
        if (newBearings == null || newBearings.isEmpty()) {
            throw new InvalidRequestException("bearings", "Say which project (and spec item) the finding bears on.");
        }
        if (newBearings.size() > MAX_BEARINGS) {
            throw new InvalidRequestException("bearings", "A finding bears on at most " + MAX_BEARINGS + " things.");
        }
        FindingSnapshot before = snapshot();
        bearings = new ArrayList<>(newBearings);
        state = FindingState.INTERPRETED;
        interpretedBy = by;
        interpretedAt = now;
        registerEvent(new FindingInterpreted(before, snapshot(), by));
    }

    /** Records a change request raised on {@code project} (one the finding bears on, checked by the caller). */
    void raisedChange(long project, long changeRequest, Long person, String by, Instant now) {
        act(new FindingAction(Outcome.RAISED_CHANGE, project, changeRequest, null, null, person, by, now));
    }

    /** Records a spec item of {@code project} linked as supported by the finding. */
    void linkedAsEvidence(long project, String itemKey, Long person, String by, Instant now) {
        act(new FindingAction(Outcome.LINKED_AS_EVIDENCE, project, null, itemKey, null, person, by, now));
    }

    /** Dismisses the finding with a reason (1–2,000 characters). */
    void dismiss(String reason, Long person, String by, Instant now) {
        String why = Inputs.text("reason", reason, MAX_NOTE, true);
        act(new FindingAction(Outcome.DISMISSED, null, null, null, why, person, by, now));
    }

    /**
     * Checks that an action of {@code kind} may be taken now, so the caller can refuse before any side effect (such
     * as raising a change request): 409 not-interpreted, finding-dismissed or (for a dismissal) finding-actioned.
     */
    void requireActionable(Outcome kind) {
        if (state == FindingState.NEW) {
            throw new ConflictException("not-interpreted", "Interpret the finding first: say what it bears on.");
        }
        if (outcome == Outcome.DISMISSED) {
            throw new ConflictException("finding-dismissed", "The finding was dismissed: " + dismissal() + ".");
        }
        if (kind == Outcome.DISMISSED && state == FindingState.ACTIONED) {
            throw new ConflictException("finding-actioned", "The finding was already actioned; it is not dismissed now.");
        }
    }

    private void act(FindingAction action) {
        requireActionable(action.kind());
        actions.add(action);
        if (state != FindingState.ACTIONED) {
            state = FindingState.ACTIONED;
            outcome = action.kind();
            actionedAt = action.actedAt();
        }
        registerEvent(new FindingActioned(snapshot(), action.kind().name(), action.project(), action.changeRequest(),
                action.itemKey(), action.note(), action.actorName()));
    }

    // ---- derived ----------------------------------------------------------------------------------------------------

    /** Whether the finding bears on {@code project}. */
    public boolean bearsOn(long project) {
        return bearings.stream().anyMatch(b -> b.project() == project);
    }

    /** The baselined items it contradicts while not actioned (the gate agenda shows them); none once actioned. */
    public List<Bearing> openContradictions() {
        return state == FindingState.ACTIONED ? List.of()
                : bearings.stream().filter(Bearing::contradicts).toList();
    }

    public String dismissal() {
        return actions.stream().filter(a -> a.kind() == Outcome.DISMISSED).map(FindingAction::note).findFirst().orElse(null);
    }

    public FindingSnapshot snapshot() {
        return new FindingSnapshot(id == null ? 0 : id, key(), title, source.name(), segment, confidence.name(),
                state.name(), outcome == null ? null : outcome.name(), surfacedBy,
                List.copyOf(new LinkedHashSet<>(bearings.stream().map(Bearing::project).toList())),
                bearings.stream().filter(Bearing::contradicts).map(b -> b.project() + ":" + b.itemKey()).toList());
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public String key() {
        return key(id);
    }

    public static String key(Long id) {
        return id == null ? "F-new" : "F-" + id;
    }

    // ---- internals --------------------------------------------------------------------------------------------------

    private void requireNotActioned(String what) {
        if (state == FindingState.ACTIONED) {
            throw new ConflictException("finding-actioned", "The finding was actioned; it is no longer " + what + ".");
        }
    }

    private void apply(FindingDraft draft, LocalDate today) {
        if (draft == null) {
            throw new InvalidRequestException("title", "Describe the finding.");
        }
        String newTitle = Inputs.text("title", draft.title(), MAX_TITLE, true);
        String newSummary = Inputs.text("summary", draft.summary(), MAX_SUMMARY, false);
        if (draft.source() == null) {
            throw new InvalidRequestException("source", "Choose where the finding comes from.");
        }
        String newSegment = Inputs.text("segment", draft.segment(), MAX_SEGMENT, true).toLowerCase(Locale.ROOT);
        String newEvidence = Inputs.text("evidence", draft.evidence(), MAX_EVIDENCE, false);
        if (draft.sampleSize() != null && (draft.sampleSize() < 0 || draft.sampleSize() > MAX_SAMPLE)) {
            throw new InvalidRequestException("sampleSize", "The sample size is 0 to " + MAX_SAMPLE + ".");
        }
        if (draft.confidence() == null) {
            throw new InvalidRequestException("confidence", "Choose the confidence: low, medium or high.");
        }
        if (draft.observedOn() == null) {
            throw new InvalidRequestException("observedOn", "Give the date it was observed.");
        }
        if (draft.observedOn().isAfter(today)) {
            throw new InvalidRequestException("observedOn", "The date observed is today or earlier.");
        }
        List<FindingLink> newLinks = new ArrayList<>();
        for (String link : draft.links() == null ? List.<String>of() : draft.links()) {
            String url = Inputs.text("links", link, MAX_LINK, false);
            if (url == null) {
                continue;
            }
            if (!isWebAddress(url)) {
                throw new InvalidRequestException("links", "A link is an http or https address: " + abbreviate(url) + ".");
            }
            newLinks.add(new FindingLink(url));
        }
        if (newLinks.size() > MAX_LINKS) {
            throw new InvalidRequestException("links", "At most " + MAX_LINKS + " links.");
        }
        title = newTitle;
        summary = newSummary;
        source = draft.source();
        segment = newSegment;
        evidence = newEvidence;
        sampleSize = draft.sampleSize();
        confidence = draft.confidence();
        observedOn = draft.observedOn();
        links = newLinks;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    // ---- accessors --------------------------------------------------------------------------------------------------

    public Long getId() { return id; }

    public String getTitle() { return title; }

    public String getSummary() { return summary; }

    public EvidenceSource getSource() { return source; }

    public String getSegment() { return segment; }

    public String getEvidence() { return evidence; }

    public Integer getSampleSize() { return sampleSize; }

    public Confidence getConfidence() { return confidence; }

    public LocalDate getObservedOn() { return observedOn; }

    public Long getSurfacedBy() { return surfacedBy; }

    public String getSurfacedByName() { return surfacedByName; }

    public Instant getSurfacedAt() { return surfacedAt; }

    public FindingState getState() { return state; }

    public Outcome getOutcome() { return outcome; }

    public String getInterpretedBy() { return interpretedBy; }

    public Instant getInterpretedAt() { return interpretedAt; }

    public Instant getActionedAt() { return actionedAt; }

    public Long getImportBatch() { return importBatch; }

    public List<String> getLinks() { return links.stream().map(FindingLink::url).toList(); }

    public List<Bearing> getBearings() { return List.copyOf(bearings); }

    public List<FindingAction> getActions() { return List.copyOf(actions); }

    public Long getVersion() { return version; }
}
