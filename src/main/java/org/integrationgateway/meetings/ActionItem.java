package org.integrationgateway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import org.integrationgateway.meetings.events.ActionItemSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action item taken in a meeting: a title of 1 to {@value #MAX_TITLE} characters, an owner, a due date; OPEN
 * until done (once). Who may create or complete one is {@link MeetingPermissions}' business.
 */
@Table("action_item")
public class ActionItem {

    public static final int MAX_TITLE = 300;

    @Id
    private Long id;
    private final long meetingId;
    private final long projectId;
    private final String title;
    private final long ownerId;
    private final LocalDate dueOn;
    private ActionItemState state;
    private final String createdBy;
    private final Instant createdAt;
    private Instant doneAt;
    @Version
    private Long version;

    @PersistenceCreator
    ActionItem(Long id, long meetingId, long projectId, String title, long ownerId, LocalDate dueOn,
               ActionItemState state, String createdBy, Instant createdAt, Instant doneAt, Long version) {
        this.id = id;
        this.meetingId = meetingId;
        this.projectId = projectId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.state = state;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.doneAt = doneAt;
        this.version = version;
    }

    /** @throws InvalidRequestException for a missing or long title, or a due date missing, past or beyond 2100 */
    static ActionItem create(Meeting meeting, String title, long ownerId, LocalDate dueOn, LocalDate today,
                             String createdBy, Instant now) {
        String checked = Inputs.text("title", title, MAX_TITLE, true);
        if (dueOn == null) {
            throw new InvalidRequestException("dueOn", "Give the date the action is due.");
        }
        if (dueOn.isBefore(today) || dueOn.getYear() > 2100) {
            throw new InvalidRequestException("dueOn", "The due date is today or later (and before 2100).");
        }
        return new ActionItem(null, meeting.getId(), meeting.getProjectId(), checked, ownerId, dueOn,
                ActionItemState.OPEN, createdBy, now, null, null);
    }

    void complete(Instant now) {
        if (state == ActionItemState.DONE) {
            throw new ConflictException("action-done", "This action item is done already.");
        }
        state = ActionItemState.DONE;
        doneAt = now;
    }

    public ActionItemSnapshot snapshot() {
        return new ActionItemSnapshot(id, meetingId, projectId, title, ownerId, dueOn, state.name());
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionItemState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Long getVersion() {
        return version;
    }
}
