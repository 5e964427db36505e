package org.integrationgateway.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.BoardRule;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeFilter;
import org.integrationgateway.changecontrol.ChangeLogEntry;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.meetings.events.ActionItemAssigned;
import org.integrationgateway.meetings.events.ActionItemCompleted;
import org.integrationgateway.meetings.events.MeetingAgendaChanged;
import org.integrationgateway.meetings.events.MeetingAttendanceChanged;
import org.integrationgateway.meetings.events.MeetingCancelled;
import org.integrationgateway.meetings.events.MeetingDecisionRecorded;
import org.integrationgateway.meetings.events.MeetingMinutesUpdated;
import org.integrationgateway.meetings.events.MeetingRescheduled;
import org.integrationgateway.meetings.events.MeetingScheduled;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.GateDecision;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.LifecycleView;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.ReviewState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link Meetings} of the application; rules in {@link Meeting}, {@link AttendancePolicy} and {@link AgendaBuilder}. */
@Service
class MeetingService implements Meetings {

    static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"));
    private static final String UID_HOST = "integration-gateway";
    private static final int ATTEMPTS = 3;

    private final MeetingRepository meetings;
    private final ActionItems actionItems;
    private final MeetingPermissions permissions;
    private final AgendaBuilder agendaBuilder;
    private final InvitationOutbox invitations;
    private final Portfolio portfolio;
    private final ProjectMatrix matrix;
    private final PersonDirectory people;
    private final ChangeControl changeControl;
    private final ChangeQueries changeQueries;
    private final Gatekeeping gatekeeping;
    private final Lifecycles lifecycles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ActionItems actionItems, MeetingPermissions permissions,
                   AgendaBuilder agendaBuilder, InvitationOutbox invitations, Portfolio portfolio,
                   ProjectMatrix matrix, PersonDirectory people, ChangeControl changeControl,
                   ChangeQueries changeQueries, Gatekeeping gatekeeping, Lifecycles lifecycles,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.permissions = permissions;
        this.agendaBuilder = agendaBuilder;
        this.invitations = invitations;
        this.portfolio = portfolio;
        this.matrix = matrix;
        this.people = people;
        this.changeControl = changeControl;
        this.changeQueries = changeQueries;
        this.gatekeeping = gatekeeping;
        this.lifecycles = lifecycles;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Project readableProject(long projectId) {
        if (!permissions.isStaff()) {
            throw new NotFoundException("Project", projectId);
        }
        Project project = portfolio.project(projectId);
        permissions.requireReadProject(projectId);
        return project;
    }

    @Override
    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        if (!permissions.isStaff()) {
            throw new NotFoundException("Meeting", id);
        }
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
        permissions.requireRead(meeting);
        return meeting;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Meeting> ofProject(long projectId, Pageable pageable) {
        readableProject(projectId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), LATEST_FIRST);
        return meetings.findByProjectId(projectId, sorted);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> mine(Instant from, int limit) {
        Long person = signedInPerson();
        if (person == null) {
            return List.of();
        }
        List<Long> ids = meetings.findIdsOfAttendee(person, from, Math.max(1, Math.min(limit, 500)));
        return meetings.findAllById(ids).stream()
                .sorted(Comparator.comparing(Meeting::getStartsAt).thenComparing(Meeting::getId)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionItem> actionItems(long meetingId) {
        meeting(meetingId);
        return actionItems.findByMeetingIdOrderById(meetingId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionItem> myOpenActionItems() {
        Long person = signedInPerson();
        return person == null ? List.of()
                : actionItems.findByOwnerIdAndStateOrderByDueOnAscIdAsc(person, ActionItemState.OPEN);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PersonSummary> people(Meeting meeting) {
        Set<Long> ids = new LinkedHashSet<>(meeting.attendeeIds());
        if (meeting.getId() != null) {
            actionItems.findByMeetingIdOrderById(meeting.getId()).forEach(item -> ids.add(item.getOwnerId()));
        }
        return people.findAll(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public MeetingAbilities abilities(Meeting meeting) {
        if (meeting.getState() == MeetingState.CANCELLED || !permissions.canRead(meeting)) {
            return MeetingAbilities.NONE;
        }
        Long person = permissions.currentPerson();
        boolean manage = permissions.canManage(meeting);
        boolean present = person != null && meeting.expectedPresent().contains(person);
        boolean write = manage || present;
        return new MeetingAbilities(manage, write, meeting.isInvited(person),
                present && meeting.getKind().decidesChanges() && boardMayDecide(meeting, person),
                present && openReview(meeting) != null && gatekeeping.mayDecide(meeting.getGateReviewId(), person,
                        isAdministratorOrPmo()),
                write);
    }

    @Override
    public boolean canSchedule(long projectId) {
        return permissions.canSchedule(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecidableChange> decidableChanges(long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getState() == MeetingState.CANCELLED || !meeting.getKind().decidesChanges()) {
            return List.of();
        }
        List<DecidableChange> decidable = new ArrayList<>();
        for (ChangeState state : List.of(ChangeState.AWAITING_DECISION, ChangeState.DEFERRED)) {
            for (ChangeLogEntry entry : changeQueries.changeLog(meeting.getProjectId(),
                    new ChangeFilter(state, null, null, null, null),
                    PageRequest.of(0, 100, Sort.by(Sort.Direction.ASC, "id"))).getContent()) {
                decidable.add(new DecidableChange(entry.id(), entry.key(), entry.title(), entry.changeClass().name(),
                        entry.state().name(), entry.targetStage(), entry.version()));
            }
        }
        return decidable;
    }

    // ---- scheduling -------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public Meeting schedule(long projectId, MeetingDraft draft) {
        readableProject(projectId);
        permissions.requireSchedule(projectId);
        Project project = portfolio.project(projectId);
        if (draft == null || draft.kind() == null) {
            throw new InvalidRequestException("kind", "Choose the kind of meeting.");
        }
        GateReview review = null;
        if (draft.kind() == MeetingKind.GATE_REVIEW) {
            LifecycleView lifecycle = lifecycles.view(projectId);
            review = lifecycle.started() ? lifecycle.nextReview() : null;
            if (review == null) {
                throw new RuleViolationException("no-open-gate-review", "kind", "A gate review meeting holds the "
                        + "project's scheduled gate review; schedule the gate review first.");
            }
        }
        List<Long> guests = guests(draft.guestIds());
        Long organiser = permissions.currentPerson();
        List<Long> gatekeepers = new ArrayList<>();
        if (review != null) {
            gatekeepers.add(review.getChair());
            gatekeepers.addAll(review.gatekeeperIds());
        }
        List<Long> board = draft.kind() == MeetingKind.CHANGE_BOARD
                ? changeControl.board(projectId).memberIds() : List.of();
        Instant now = clock.instant();
        boolean hasPlace = draft.place() != null && !draft.place().isBlank();
        boolean hasLink = draft.virtualLink() != null && !draft.virtualLink().isBlank();
        List<Attendee> invitees = AttendancePolicy.invitees(draft.kind(), organiser, project.getManager(),
                matrix.overview(projectId).matrix(), matrix.today(), board, gatekeepers, guests, hasPlace, hasLink,
                now);
        Meeting meeting = Meeting.schedule(projectId, draft, review == null ? null : review.getId(), organiser,
                actorName(), invitees, UID_HOST, now);
        meeting.replaceAgenda(agendaBuilder.build(projectId));
        Meeting saved = meetings.save(meeting);
        events.publishEvent(new MeetingScheduled(saved.snapshot(), saved.attendeeIds()));
        invitations.queue(saved.getId(), othersThanOrganiser(saved), InvitationOutbox.REQUEST,
                saved.getIcalSequence());
        return saved;
    }

    @Override
    @Transactional
    public Meeting reschedule(long id, Long expectedVersion, MeetingDraft draft) {
        Meeting meeting = managed(id, expectedVersion);
        if (draft == null) {
            throw new InvalidRequestException("title", "Give the meeting's new details.");
        }
        if (draft.kind() != null && draft.kind() != meeting.getKind()) {
            throw new InvalidRequestException("kind", "A meeting's kind does not change; cancel it and schedule another.");
        }
        meeting.reschedule(draft);
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingRescheduled(saved.snapshot(), saved.attendeeIds()));
        invitations.queue(saved.getId(), othersThanOrganiser(saved), InvitationOutbox.REQUEST,
                saved.getIcalSequence());
        return saved;
    }

    @Override
    @Transactional
    public Meeting cancel(long id, Long expectedVersion) {
        Meeting meeting = managed(id, expectedVersion);
        meeting.cancel();
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingCancelled(saved.snapshot(), saved.attendeeIds()));
        invitations.queue(saved.getId(), othersThanOrganiser(saved), InvitationOutbox.CANCEL,
                saved.getIcalSequence());
        return saved;
    }

    @Override
    @Transactional
    public Meeting invite(long id, long personId) {
        Meeting meeting = managed(id, null);
        meeting.requireScheduled();
        guests(List.of(personId));
        AttendanceMode mode = meeting.getPlace() != null ? AttendanceMode.IN_PERSON : AttendanceMode.VIRTUAL;
        if (!meeting.invite(new Attendee(personId, AttendeeRole.GUEST, mode, AttendanceResponse.PENDING, null))) {
            return meeting;
        }
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingAttendanceChanged(id, saved.getProjectId(), personId, AttendeeRole.GUEST.name(),
                AttendanceResponse.PENDING.name(), mode.name(), false));
        invitations.queue(id, List.of(personId), InvitationOutbox.REQUEST, saved.getIcalSequence());
        return saved;
    }

    @Override
    @Transactional
    public Meeting uninvite(long id, long personId) {
        Meeting meeting = managed(id, null);
        Attendee removed = meeting.attendee(personId).orElse(null);
        meeting.uninvite(personId);
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingAttendanceChanged(id, saved.getProjectId(), personId, removed.role().name(),
                removed.response().name(), removed.mode().name(), true));
        invitations.queue(id, List.of(personId), InvitationOutbox.CANCEL, saved.getIcalSequence());
        return saved;
    }

    @Override
    @Transactional
    public Meeting respond(long id, AttendanceResponse response, AttendanceMode mode) {
        Meeting meeting = meeting(id);
        Long person = permissions.currentPerson();
        if (person == null || !meeting.isInvited(person)) {
            throw new RuleViolationException("not-invited", null, "Only people invited to this meeting answer its invitation.");
        }
        Attendee answered = meeting.respond(person, response, mode, clock.instant());
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingAttendanceChanged(id, saved.getProjectId(), person, answered.role().name(),
                answered.response().name(), answered.mode().name(), false));
        return saved;
    }

    // ---- agenda and minutes -----------------------------------------------------------------------------------------

    @Override
    @Transactional
    public Meeting refreshAgenda(long id, Long expectedVersion) {
        Meeting meeting = managed(id, expectedVersion);
        meeting.requireScheduled();
        List<AgendaItem> items = new ArrayList<>(agendaBuilder.build(meeting.getProjectId()));
        meeting.getAgenda().stream().filter(item -> !item.generated()).forEach(items::add);
        meeting.replaceAgenda(items.size() > Meeting.MAX_AGENDA ? items.subList(0, Meeting.MAX_AGENDA) : items);
        return agendaChanged(meeting);
    }

    @Override
    @Transactional
    public Meeting editAgenda(long id, Long expectedVersion, List<AgendaItem> items) {
        Meeting meeting = managed(id, expectedVersion);
        meeting.replaceAgenda(items == null ? List.of() : items);
        return agendaChanged(meeting);
    }

    private Meeting agendaChanged(Meeting meeting) {
        Meeting saved = save(meeting);
        events.publishEvent(new MeetingAgendaChanged(saved.getId(), saved.getProjectId(), saved.getAgenda().size()));
        return saved;
    }

    @Override
    @Transactional
    public Meeting writeMinutes(long id, int baseRevision, String minutes) {
        Meeting meeting = meeting(id);
        if (!abilities(meeting).writeMinutes()) {
            meeting.requireScheduled();
            throw new NotPermittedException("not-an-attendee",
                    "The minutes are written by the attendees who have not declined, and the organiser.");
        }
        meeting.writeMinutes(minutes, baseRevision, actorName(), clock.instant());
        Meeting saved;
        try {
            saved = meetings.save(meeting);
        } catch (ConcurrencyFailureException raced) {
            throw new ConflictException("minutes-changed", "minutes",
                    "Someone else saved the minutes at the same moment; merge your text into theirs and save again.");
        }
        events.publishEvent(new MeetingMinutesUpdated(id, saved.getProjectId(), saved.getMinutesRevision(),
                saved.getMinutesEditedBy()));
        return saved;
    }

    // ---- decisions --------------------------------------------------------------------------------------------------

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Meeting decideChange(long id, long changeRequestId, Long expectedVersion, VoteChoice outcome,
                                Integer deferToStage, String comment) {
        return retried(() -> {
            Meeting meeting = meeting(id);
            meeting.requireScheduled();
            if (!meeting.getKind().decidesChanges()) {
                throw new RuleViolationException("meeting-kind", "changeRequestId",
                        "Change requests are decided in change board and gate review meetings.");
            }
            requirePresent(meeting);
            var decided = changeControl.decideInMeeting(changeRequestId, expectedVersion, outcome, deferToStage,
                    comment, id, meeting.getProjectId(), meeting.expectedPresent());
            meeting.logDecision(DecisionSubject.CHANGE_REQUEST, changeRequestId, outcome.name(), comment,
                    actorName(), clock.instant());
            Meeting saved = meetings.save(meeting);
            events.publishEvent(new MeetingDecisionRecorded(id, saved.getProjectId(),
                    DecisionSubject.CHANGE_REQUEST.name(), decided.getId(), outcome.name()));
            return saved;
        });
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Meeting decideGate(long id, DecisionInput input) {
        Meeting meeting = transaction.execute(status -> meeting(id));
        meeting.requireScheduled();
        if (meeting.getKind() != MeetingKind.GATE_REVIEW || meeting.getGateReviewId() == null) {
            throw new RuleViolationException("meeting-kind", "decision", "Gates are decided in gate review meetings.");
        }
        requirePresent(meeting);
        long reviewId = meeting.getGateReviewId();
        if (!gatekeeping.mayDecide(reviewId, permissions.currentPerson(), isAdministratorOrPmo())) {
            throw new NotPermittedException("not-a-gate-decider", "Only whoever decides this gate review decides it.");
        }
        if (input == null || input.decision() == null) {
            throw new InvalidRequestException("decision", "Decide GO, KILL, HOLD or RECYCLE.");
        }
        // The gate is decided in gatekeeping's own transaction (its rules, its race handling); the meeting's log of it
        // follows, retried on a fresh copy if the meeting changed meanwhile (minutes are saved often).
        GateDecision decision = gatekeeping.decide(reviewId, input, CurrentUser.actorName());
        return retried(() -> {
            Meeting fresh = meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
            fresh.logDecision(DecisionSubject.GATE_REVIEW, reviewId, decision.getDecision().name(),
                    decision.getRationale(), actorName(), clock.instant());
            Meeting saved = meetings.save(fresh);
            events.publishEvent(new MeetingDecisionRecorded(id, saved.getProjectId(),
                    DecisionSubject.GATE_REVIEW.name(), reviewId, decision.getDecision().name()));
            return saved;
        });
    }

    // ---- action items -----------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public ActionItem addActionItem(long meetingId, String title, Long ownerId, LocalDate dueOn) {
        Meeting meeting = meeting(meetingId);
        meeting.requireScheduled();
        if (!abilities(meeting).addActionItems()) {
            throw new NotPermittedException("not-an-attendee",
                    "Action items are taken by the attendees who have not declined, and the organiser.");
        }
        if (ownerId == null) {
            throw new InvalidRequestException("ownerId", "Choose who owns the action.");
        }
        if (people.find(ownerId).isEmpty()) {
            throw new InvalidRequestException("ownerId", "There is no person with id " + ownerId + ".");
        }
        ActionItem item = actionItems.save(ActionItem.create(meeting, title, ownerId, dueOn, LocalDate.now(clock),
                actorName(), clock.instant()));
        events.publishEvent(new ActionItemAssigned(item.snapshot()));
        return item;
    }

    @Override
    @Transactional
    public ActionItem completeActionItem(long actionItemId, Long expectedVersion) {
        if (!permissions.isStaff()) {
            throw new NotFoundException("Action item", actionItemId);
        }
        ActionItem item = actionItems.findById(actionItemId)
                .orElseThrow(() -> new NotFoundException("Action item", actionItemId));
        Meeting meeting = meeting(item.getMeetingId());
        Long person = permissions.currentPerson();
        if (!Objects.equals(person, item.getOwnerId()) && !permissions.canManage(meeting)) {
            throw new NotPermittedException("not-the-owner",
                    "Only the action's owner, the organiser and the project manager mark it done.");
        }
        if (expectedVersion != null && !expectedVersion.equals(item.getVersion())) {
            throw ConflictException.staleVersion("The action item");
        }
        item.complete(clock.instant());
        ActionItem saved;
        try {
            saved = actionItems.save(item);
        } catch (ConcurrencyFailureException raced) {
            throw ConflictException.staleVersion("The action item");
        }
        events.publishEvent(new ActionItemCompleted(saved.snapshot()));
        return saved;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private Meeting managed(long id, Long expectedVersion) {
        Meeting meeting = meeting(id);
        permissions.requireManage(meeting);
        if (expectedVersion != null && !expectedVersion.equals(meeting.getVersion())) {
            throw ConflictException.staleVersion("The meeting");
        }
        return meeting;
    }

    private Meeting save(Meeting meeting) {
        try {
            return meetings.save(meeting);
        } catch (ConcurrencyFailureException raced) {
            throw ConflictException.staleVersion("The meeting");
        }
    }

    /** Runs {@code work} in a transaction of its own, again on a fresh copy when a concurrent write won (up to 3 times). */
    private Meeting retried(Supplier<Meeting> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (ConcurrencyFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw ConflictException.staleVersion("The meeting");
                }
            }
        }
    }

    private void requirePresent(Meeting meeting) {
        Long person = permissions.currentPerson();
        if (person == null || !meeting.expectedPresent().contains(person)) {
            throw new NotPermittedException("not-present",
                    "Decisions in a meeting are taken by its attendees; you are not attending this one.");
        }
    }

    private boolean boardMayDecide(Meeting meeting, Long person) {
        ChangeBoard board = changeControl.board(meeting.getProjectId());
        if (board.getRule() == BoardRule.SINGLE_APPROVER) {
            return board.isApprover(person);
        }
        Set<Long> present = new HashSet<>(meeting.expectedPresent());
        long members = board.memberIds().stream().filter(present::contains).count();
        return board.isMember(person) && members >= board.getQuorum();
    }

    private GateReview openReview(Meeting meeting) {
        if (meeting.getKind() != MeetingKind.GATE_REVIEW || meeting.getGateReviewId() == null) {
            return null;
        }
        GateReview review = gatekeeping.review(meeting.getGateReviewId());
        return review.getState() == ReviewState.SCHEDULED ? review : null;
    }

    private List<Long> guests(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > Meeting.MAX_ATTENDEES || ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRequestException("guestIds", "Name at most " + Meeting.MAX_ATTENDEES + " guests by id.");
        }
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, PersonSummary> known = people.findAll(distinct);
        for (Long id : distinct) {
            if (!known.containsKey(id)) {
                throw new InvalidRequestException("guestIds", "There is no person with id " + id + ".");
            }
        }
        return distinct;
    }

    private static List<Long> othersThanOrganiser(Meeting meeting) {
        return meeting.getAttendees().stream().filter(a -> a.role() != AttendeeRole.ORGANISER)
                .map(Attendee::personId).toList();
    }

    /** The signed-in person's name, or the account's name for one without a person record (an administrator). */
    private String actorName() {
        Long person = permissions.currentPerson();
        return (person == null ? java.util.Optional.<PersonSummary>empty() : people.find(person))
                .map(PersonSummary::fullName).orElseGet(CurrentUser::actorName);
    }

    private Long signedInPerson() {
        return permissions.isStaff() ? permissions.currentPerson() : null;
    }

    private static boolean isAdministratorOrPmo() {
        return CurrentUser.get().map(CurrentUser::isAdministratorOrPmo).orElse(false);
    }
}
