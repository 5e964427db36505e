/**
 * Status and review meetings of a project: meetings of kinds status, design review, gate review and change board,
 * with attendees (the marketing and sales liaisons invited automatically to status and review meetings), an agenda
 * built from the project, live minutes, decisions recorded through change control's and gatekeeping's rules, action
 * items, and calendars (invitations by e-mail, downloads and a personal feed); design {@code docs/meetings.md}. And
 * status reports: one per project and reporting period (the
 * project's cadence, weekly by default, fortnightly or monthly), with red, amber or green for scope, schedule, cost
 * and quality, a Markdown narrative and the key risks; the history per project, the latest on the project page, and a
 * reminder to the project manager when one is due (an event that the inbox turns into a notification, once per
 * project and period). Design: {@code docs/status-reports.md}.
 *
 * <p>Reads projects and their matrix from portfolio and project roles from change control; never depends on
 * {@code realtime} or {@code integration}, which pick up its events from {@code meetings.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "changecontrol", "specs", "stagegate", "research"})
package org.integrationgateway.meetings;
