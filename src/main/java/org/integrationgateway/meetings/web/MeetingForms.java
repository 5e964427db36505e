package org.integrationgateway.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.meetings.AttendanceMode;
import org.integrationgateway.meetings.AttendanceResponse;
import org.integrationgateway.meetings.MeetingDraft;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.stagegate.Decision;
import org.springframework.format.annotation.DateTimeFormat;

/** The HTML forms of meetings. */
final class MeetingForms {

    private MeetingForms() {
    }

    /**
     * A meeting to schedule or reschedule; {@code start} as a {@code datetime-local} input sends it
     * ({@code 2026-12-03T10:00}), read in {@code timeZone}. The kind is ignored when rescheduling.
     */
    static class ScheduleForm {
        private MeetingKind kind;
        private String title;
        private String start;
        private String timeZone;
        private Integer durationMinutes;
        private String place;
        private String virtualLink;
        private Long version;

        MeetingDraft draft(MeetingKind meetingKind) {
            return new MeetingDraft(meetingKind, title, startTime(), timeZone, durationMinutes, place, virtualLink,
                    List.of());
        }

        private LocalDateTime startTime() {
            if (start == null || start.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(start.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("start", "Give the date and time as 2026-12-03T10:00.");
            }
        }

        public MeetingKind getKind() {
            return kind;
        }

        public void setKind(MeetingKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(String timeZone) {
            this.timeZone = timeZone;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getVirtualLink() {
            return virtualLink;
        }

        public void setVirtualLink(String virtualLink) {
            this.virtualLink = virtualLink;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The minutes as written, on top of {@code baseRevision}. */
    static class MinutesForm {
        private Integer baseRevision;
        private String minutes;

        public Integer getBaseRevision() {
            return baseRevision;
        }

        public void setBaseRevision(Integer baseRevision) {
            this.baseRevision = baseRevision;
        }

        public String getMinutes() {
            return minutes;
        }

        public void setMinutes(String minutes) {
            this.minutes = minutes;
        }
    }

    /** An action item: title, owner (one of the attendees), due date. */
    static class ActionItemForm {
        private String title;
        private Long ownerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** An agenda item added by hand. */
    static class AgendaItemForm {
        private String title;
        private String note;
        private Long version;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The signed-in attendee's answer. */
    static class ResponseForm {
        private AttendanceResponse response;
        private AttendanceMode mode;

        public AttendanceResponse getResponse() {
            return response;
        }

        public void setResponse(AttendanceResponse response) {
            this.response = response;
        }

        public AttendanceMode getMode() {
            return mode;
        }

        public void setMode(AttendanceMode mode) {
            this.mode = mode;
        }
    }

    /** A change request decided in the meeting. */
    static class ChangeDecisionForm {
        private Long changeRequestId;
        private Long expectedVersion;
        private VoteChoice outcome;
        private Integer deferToStage;
        private String comment;

        public Long getChangeRequestId() {
            return changeRequestId;
        }

        public void setChangeRequestId(Long changeRequestId) {
            this.changeRequestId = changeRequestId;
        }

        public Long getExpectedVersion() {
            return expectedVersion;
        }

        public void setExpectedVersion(Long expectedVersion) {
            this.expectedVersion = expectedVersion;
        }

        public VoteChoice getOutcome() {
            return outcome;
        }

        public void setOutcome(VoteChoice outcome) {
            this.outcome = outcome;
        }

        public Integer getDeferToStage() {
            return deferToStage;
        }

        public void setDeferToStage(Integer deferToStage) {
            this.deferToStage = deferToStage;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** The decision of the gate review the meeting holds, on the review's version. */
    static class GateDecisionForm {
        private Decision decision;
        private String rationale;
        private String overrideJustification;
        private Long version;

        public Decision getDecision() {
            return decision;
        }

        public void setDecision(Decision decision) {
            this.decision = decision;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public String getOverrideJustification() {
            return overrideJustification;
        }

        public void setOverrideJustification(String overrideJustification) {
            this.overrideJustification = overrideJustification;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
