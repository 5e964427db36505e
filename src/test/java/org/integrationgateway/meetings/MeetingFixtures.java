package org.integrationgateway.meetings;

import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.springframework.stereotype.Component;

/**
 * Test fixture for meetings: an {@link Office} (Sofia the manager, Lena the engineer, Quinn quality, Priya the
 * marketing liaison, Marco the sales liaison, Tom and Ines the gatekeepers, Olga outside; an administrator, a PMO and
 * a customer contact) on a started project; change requests awaiting a decision; a scheduled gate review; drafts.
 */
@Component
public class MeetingFixtures {

    private final StatusReportFixtures offices;
    private final ChangeControl changeControl;
    private final Gatekeeping gatekeeping;

    public MeetingFixtures(StatusReportFixtures offices, ChangeControl changeControl, Gatekeeping gatekeeping) {
        this.offices = offices;
        this.changeControl = changeControl;
        this.gatekeeping = gatekeeping;
    }

    /** A fresh office whose project's lifecycle has started (stage 0, its gate the next). */
    public Office office() {
        return offices.office(true);
    }

    /** A change request raised by Priya, assessed by Lena, now awaiting the board's decision, targeted at {@code stage}. */
    public ChangeRequest awaitingDecision(Office office, String title, Integer stage) {
        var team = office.team();
        ChangeRequest raised = as(team.marketer(), () -> changeControl.raise(team.id(),
                org.integrationgateway.changecontrol.ChangeControlFixtures.draft(title, Origin.MARKET_RESEARCH, ChangeClass.NORMAL, stage), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("18000", 15, "material")));
        return as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
    }

    /** A review of the current gate in a week, chaired by the manager, kept by Tom and Ines. */
    public GateReview gateReview(Office office) {
        var team = office.team();
        return as(team.manager(), () -> gatekeeping.schedule(team.id(), LocalDate.now().plusDays(7),
                team.manager().person(), List.of(team.manager().person(), team.tom().person(), team.ines().person())));
    }

    /** A meeting next week at 10:00 London, an hour, in a room and online. */
    public static MeetingDraft draft(MeetingKind kind, String title) {
        return new MeetingDraft(kind, title, LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0)
                .withNano(0), "Europe/London", 60, "Leeds, room 2", "https://meet.example.com/k7-status", List.of());
    }
}
