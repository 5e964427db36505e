package org.integrationgateway.meetings;

/**
 * What the signed-in person may do with one meeting, for showing only the actions they may take (each is checked
 * again when taken):
 * <ul>
 * <li>{@code manage}: reschedule, cancel, invite and remove people, edit and refresh the agenda (the organiser, the
 * project manager, administrators and PMO);</li>
 * <li>{@code writeMinutes}: attendees who have not declined, and those who manage it;</li>
 * <li>{@code respond}: the signed-in person is invited;</li>
 * <li>{@code decideChanges}: a change board or gate review meeting whose decisions this person may record under change
 * control's rules ({@link Meetings#decideChange});</li>
 * <li>{@code decideGate}: a gate review meeting holding an open review that this person may decide;</li>
 * <li>{@code addActionItems}: as {@code writeMinutes}.</li>
 * </ul>
 * All false on a cancelled meeting, except nothing: a cancelled meeting is read only.
 */
public record MeetingAbilities(boolean manage, boolean writeMinutes, boolean respond, boolean decideChanges,
                               boolean decideGate, boolean addActionItems) {

    public static final MeetingAbilities NONE = new MeetingAbilities(false, false, false, false, false, false);
}
