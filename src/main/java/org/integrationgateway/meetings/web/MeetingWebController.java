package org.integrationgateway.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.meetings.ActionItem;
import org.integrationgateway.meetings.AgendaItem;
import org.integrationgateway.meetings.AgendaSection;
import org.integrationgateway.meetings.AttendanceMode;
import org.integrationgateway.meetings.AttendanceResponse;
import org.integrationgateway.meetings.Attendee;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.MeetingAbilities;
import org.integrationgateway.meetings.MeetingKind;
import org.integrationgateway.meetings.Meetings;
import org.integrationgateway.meetings.web.MeetingForms.ActionItemForm;
import org.integrationgateway.meetings.web.MeetingForms.AgendaItemForm;
import org.integrationgateway.meetings.web.MeetingForms.ChangeDecisionForm;
import org.integrationgateway.meetings.web.MeetingForms.GateDecisionForm;
import org.integrationgateway.meetings.web.MeetingForms.MinutesForm;
import org.integrationgateway.meetings.web.MeetingForms.ResponseForm;
import org.integrationgateway.meetings.web.MeetingForms.ScheduleForm;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.DecisionInput;
import org.integrationgateway.stagegate.Gatekeeping;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meeting pages: a project's meetings with the schedule form; a meeting (when and where in its zone and in UTC,
 * attendees and the signed-in attendee's answer, the agenda, live minutes, decisions, action items, and for those
 * who manage it rescheduling, cancelling, inviting and editing the agenda); and "My meetings" with the signed-in
 * person's open action items and calendar feed. The minutes region is fetched again by {@code static/js/minutes.js}
 * when the stream says they were saved (never overwriting what the reader is typing). Refusals of the domain are
 * shown next to the field they name (or above the form) and nothing is saved; every permission is checked by
 * {@link Meetings} (403 for other staff; customers are kept out by the security configuration, 404).
 */
@Controller
@PreAuthorize("@meetingPermissions.isStaff()")
class MeetingWebController {

    /** The time zones the forms offer (a meeting in another zone, scheduled through the API, adds its own). */
    static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
            "Europe/Paris", "Europe/Berlin", "Europe/Amsterdam", "Europe/Madrid", "Europe/Rome", "Europe/Zurich",
            "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul",
            "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo",
            "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/New_York", "America/Toronto",
            "America/Chicago", "America/Denver", "America/Mexico_City", "America/Los_Angeles");
    /** At most this many people are offered to invite; the search narrows them (by name or e-mail). */
    static final int PEOPLE_TO_INVITE = 100;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH);

    private final Meetings meetings;
    private final Portfolio portfolio;
    private final PersonDirectory people;
    private final Gatekeeping gatekeeping;
    private final Clock clock;

    MeetingWebController(Meetings meetings, Portfolio portfolio, PersonDirectory people, Gatekeeping gatekeeping,
                         Clock clock) {
        this.meetings = meetings;
        this.portfolio = portfolio;
        this.people = people;
        this.gatekeeping = gatekeeping;
        this.clock = clock;
    }

    // ---- a project's meetings -------------------------------------------------------------------------------------

    @GetMapping("/projects/{projectId}/meetings")
    String project(@PathVariable long projectId, @RequestParam(required = false) Integer page, Model model) {
        if (!model.containsAttribute("schedule")) {
            ScheduleForm form = new ScheduleForm();
            form.setKind(MeetingKind.STATUS);
            form.setTimeZone(defaultZone());
            form.setDurationMinutes(60);
            form.setStart(LocalDate.now(clock).plusDays(1).atTime(10, 0).toString());
            model.addAttribute("schedule", form);
        }
        return projectPage(projectId, page, model);
    }

    @PostMapping("/projects/{projectId}/meetings")
    String schedule(@PathVariable long projectId, @ModelAttribute("schedule") ScheduleForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Meeting meeting = meetings.schedule(projectId, form.draft(form.getKind()));
                redirect.addFlashAttribute("flash", "The meeting was scheduled and the attendees invited.");
                return "redirect:/meetings/" + meeting.getId();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return projectPage(projectId, null, model);
    }

    private String projectPage(long projectId, Integer page, Model model) {
        Project project = meetings.readableProject(projectId);
        int pageNumber = page == null || page < 0 ? 0 : page;
        model.addAttribute("project", project);
        model.addAttribute("meetingPage", meetings.ofProject(projectId,
                PageRequest.of(pageNumber, Paging.DEFAULT_SIZE, MeetingApiController.LATEST_FIRST)));
        model.addAttribute("canSchedule", meetings.canSchedule(projectId));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("zones", ZONES);
        model.addAttribute("times", new Times());
        return "meetings/meetings";
    }

    // ---- my meetings ----------------------------------------------------------------------------------------------

    @GetMapping("/meetings")
    String mine(Model model) {
        Instant now = Instant.now(clock);
        model.addAttribute("meetings", meetings.mine(now.minus(1, ChronoUnit.HOURS), MeetingApiController.MINE_LIMIT));
        model.addAttribute("actionItems", meetings.myOpenActionItems());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("times", new Times());
        return "meetings/mine";
    }

    // ---- one meeting ----------------------------------------------------------------------------------------------

    /** The meeting; {@code invite} narrows the people offered to invite to those whose name or e-mail contains it. */
    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, @RequestParam(name = "invite", required = false) String invite,
                   Model model) {
        model.addAttribute("inviteQuery", invite == null ? "" : invite.strip());
        return meetingPage(meetings.meeting(id), model);
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutesFragment(@PathVariable long id, Model model) {
        minutesModel(meetings.meeting(id), model);
        return "meetings/meeting-minutes :: minutes";
    }

    @PostMapping("/meetings/{id}/minutes")
    String writeMinutes(@PathVariable long id, @ModelAttribute("minutesForm") MinutesForm form, BindingResult result,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        boolean fragment = htmx != null;
        if (!result.hasErrors()) {
            try {
                if (form.getBaseRevision() == null) {
                    throw new InvalidRequestException("baseRevision", "Reload the page and write again.");
                }
                Meeting meeting = meetings.writeMinutes(id, form.getBaseRevision(), form.getMinutes());
                if (fragment) {
                    model.addAttribute("minutesSaved", true);
                    minutesModel(meeting, model, true);
                    return "meetings/meeting-minutes :: minutes";
                }
                redirect.addFlashAttribute("flash", "The minutes were saved (revision " + meeting.getMinutesRevision()
                        + ").");
                return "redirect:/meetings/" + id + "#minutes";
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, Map.of("text", "minutes"));
            }
        }
        // The writer's text stays; they merge it into the minutes shown above and save on top of the new revision.
        Meeting meeting = meetings.meeting(id);
        form.setBaseRevision(meeting.getMinutesRevision());
        if (fragment) {
            minutesModel(meeting, model);
            return "meetings/meeting-minutes :: minutes";
        }
        return meetingPage(meeting, model);
    }

    @PostMapping("/meetings/{id}/reschedule")
    String reschedule(@PathVariable long id, @ModelAttribute("reschedule") ScheduleForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        if (!result.hasErrors()) {
            try {
                meetings.reschedule(id, form.getVersion(), form.draft(meeting.getKind()));
                redirect.addFlashAttribute("flash", "The meeting was rescheduled; the attendees get the new time.");
                return "redirect:/meetings/" + id;
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        model.addAttribute("rescheduleOpen", true);
        return meetingPage(meetings.meeting(id), model);
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "The meeting was cancelled; the attendees are told.",
                () -> meetings.cancel(id, MeetingApiController.requireVersion(version)));
    }

    @PostMapping("/meetings/{id}/attendees")
    String invite(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        return act(id, redirect, "The person was invited.", () -> {
            if (personId == null) {
                throw new InvalidRequestException("personId", "Choose the person to invite.");
            }
            return meetings.invite(id, personId);
        });
    }

    @PostMapping("/meetings/{id}/attendees/{personId}/remove")
    String uninvite(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        return act(id, redirect, "The person was taken off the meeting.", () -> meetings.uninvite(id, personId));
    }

    @PostMapping("/meetings/{id}/response")
    String respond(@PathVariable long id, @ModelAttribute ResponseForm form, BindingResult result,
                   RedirectAttributes redirect) {
        return act(id, redirect, "Your answer was saved.", () -> {
            if (result.hasErrors() || form.getResponse() == null) {
                throw new InvalidRequestException("response", "Answer accepted, tentative or declined.");
            }
            return meetings.respond(id, form.getResponse(), form.getMode());
        });
    }

    @PostMapping("/meetings/{id}/agenda/refresh")
    String refreshAgenda(@PathVariable long id, @RequestParam(required = false) Long version,
                         RedirectAttributes redirect) {
        return act(id, redirect, "The agenda was built again from the project.",
                () -> meetings.refreshAgenda(id, MeetingApiController.requireVersion(version)));
    }

    @PostMapping("/meetings/{id}/agenda/items")
    String addAgendaItem(@PathVariable long id, @ModelAttribute("agendaItem") AgendaItemForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Meeting meeting = meetings.meeting(id);
                List<AgendaItem> items = new ArrayList<>(meeting.getAgenda());
                items.add(new AgendaItem(AgendaSection.OTHER, form.getTitle(), form.getNote(), null, null, false));
                meetings.editAgenda(id, MeetingApiController.requireVersion(form.getVersion()), items);
                redirect.addFlashAttribute("flash", "The item was added to the agenda.");
                return "redirect:/meetings/" + id + "#agenda";
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                if (refused.field() != null && refused.field().startsWith("items[")) {
                    result.rejectValue(refused.field().endsWith(".note") ? "note" : "title", refused.code(),
                            refused.getMessage());
                } else {
                    FormErrors.show(refused, result);
                }
            }
        }
        return meetingPage(meetings.meeting(id), model);
    }

    @PostMapping("/meetings/{id}/agenda/items/{index}/remove")
    String removeAgendaItem(@PathVariable long id, @PathVariable int index,
                            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "The item was taken off the agenda.", () -> {
            List<AgendaItem> items = agendaOf(id, index);
            items.remove(index);
            return meetings.editAgenda(id, MeetingApiController.requireVersion(version), items);
        });
    }

    @PostMapping("/meetings/{id}/agenda/items/{index}/move")
    String moveAgendaItem(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String to,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "The agenda was reordered.", () -> {
            List<AgendaItem> items = agendaOf(id, index);
            int other = "up".equals(to) ? index - 1 : "down".equals(to) ? index + 1 : -1;
            if (other < 0 || other >= items.size()) {
                throw new InvalidRequestException("to", "The item cannot move that way.");
            }
            items.set(index, items.set(other, items.get(index)));
            return meetings.editAgenda(id, MeetingApiController.requireVersion(version), items);
        });
    }

    private List<AgendaItem> agendaOf(long id, int index) {
        List<AgendaItem> items = new ArrayList<>(meetings.meeting(id).getAgenda());
        if (index < 0 || index >= items.size()) {
            throw new InvalidRequestException("index", "The agenda has no such item; reload the page.");
        }
        return items;
    }

    @PostMapping("/meetings/{id}/change-decisions")
    String decideChange(@PathVariable long id, @ModelAttribute ChangeDecisionForm form, BindingResult result,
                        RedirectAttributes redirect) {
        return act(id, redirect, "The decision was recorded.", () -> {
            if (result.hasErrors() || form.getOutcome() == null) {
                throw new InvalidRequestException("outcome", "Decide approve, reject or defer.");
            }
            if (form.getChangeRequestId() == null) {
                throw new InvalidRequestException("changeRequestId", "Choose the change request to decide.");
            }
            return meetings.decideChange(id, form.getChangeRequestId(),
                    MeetingApiController.requireVersion(form.getExpectedVersion()), form.getOutcome(),
                    form.getDeferToStage(), form.getComment());
        });
    }

    @PostMapping("/meetings/{id}/gate-decision")
    String decideGate(@PathVariable long id, @ModelAttribute("gateDecision") GateDecisionForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getDecision() == null) {
                    throw new InvalidRequestException("decision", "Decide go, kill, hold or recycle.");
                }
                meetings.decideGate(id, new DecisionInput(form.getDecision(), form.getRationale(),
                        form.getOverrideJustification(), List.of(), List.of(),
                        MeetingApiController.requireVersion(form.getVersion())));
                redirect.addFlashAttribute("flash", "The gate decision was recorded.");
                return "redirect:/meetings/" + id + "#decisions";
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return meetingPage(meetings.meeting(id), model);
    }

    @PostMapping("/meetings/{id}/action-items")
    String addActionItem(@PathVariable long id, @ModelAttribute("actionItem") ActionItemForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getOwnerId() == null) {
                    throw new InvalidRequestException("ownerId", "Choose who owns the action.");
                }
                meetings.addActionItem(id, form.getTitle(), form.getOwnerId(), form.getDueOn());
                redirect.addFlashAttribute("flash", "The action item was added; its owner is told.");
                return "redirect:/meetings/" + id + "#action-items";
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return meetingPage(meetings.meeting(id), model);
    }

    @PostMapping("/action-items/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        boolean mine = "mine".equals(back);
        try {
            ActionItem item = meetings.completeActionItem(id, MeetingApiController.requireVersion(version));
            redirect.addFlashAttribute("flash", "The action item is done.");
            return mine ? "redirect:/meetings" : "redirect:/meetings/" + item.getMeetingId() + "#action-items";
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
            return "redirect:/meetings";
        }
    }

    /** A small form's action: done, or its refusal shown above the page; nothing is changed by a refusal. */
    private String act(long id, RedirectAttributes redirect, String done, Supplier<Meeting> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", done);
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/meetings/" + id;
    }

    // ---- the page -------------------------------------------------------------------------------------------------

    private String meetingPage(Meeting meeting, Model model) {
        MeetingAbilities abilities = meetings.abilities(meeting);
        Map<Long, PersonSummary> persons = meetings.people(meeting);
        Long me = currentPerson();
        model.addAttribute("meeting", meeting);
        model.addAttribute("project", portfolio.project(meeting.getProjectId()));
        model.addAttribute("abilities", abilities);
        model.addAttribute("persons", persons);
        model.addAttribute("times", new Times());
        model.addAttribute("attendees", meeting.getAttendees().stream()
                .sorted(Comparator.comparing(Attendee::role).thenComparing(a -> name(persons, a.personId())))
                .toList());
        model.addAttribute("me", me);
        model.addAttribute("myAttendance", me == null ? null : meeting.attendee(me).orElse(null));
        model.addAttribute("responses", List.of(AttendanceResponse.ACCEPTED, AttendanceResponse.TENTATIVE,
                AttendanceResponse.DECLINED));
        model.addAttribute("modes", AttendanceMode.values());
        model.addAttribute("actionItems", meetings.actionItems(meeting.getId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("decidable", abilities.decideChanges() ? meetings.decidableChanges(meeting.getId())
                : List.of());
        model.addAttribute("outcomes", org.integrationgateway.changecontrol.VoteChoice.values());
        model.addAttribute("gateDecisions", Decision.values());
        if (abilities.manage()) {
            Set<Long> invited = new LinkedHashSet<>(meeting.attendeeIds());
            String query = model.containsAttribute("inviteQuery") ? (String) model.getAttribute("inviteQuery") : "";
            model.addAttribute("inviteQuery", query);
            model.addAttribute("invitable", people.search(query, PEOPLE_TO_INVITE).stream()
                    .filter(p -> p.userAccount() != null && !invited.contains(p.id())).toList());
            model.addAttribute("zones", zonesWith(meeting.getTimeZone()));
            if (!model.containsAttribute("reschedule")) {
                ScheduleForm form = new ScheduleForm();
                form.setTitle(meeting.getTitle());
                form.setStart(LocalDateTime.ofInstant(meeting.getStartsAt(), ZoneId.of(meeting.getTimeZone()))
                        .toString());
                form.setTimeZone(meeting.getTimeZone());
                form.setDurationMinutes(meeting.getDurationMinutes());
                form.setPlace(meeting.getPlace());
                form.setVirtualLink(meeting.getVirtualLink());
                form.setVersion(meeting.getVersion());
                model.addAttribute("reschedule", form);
            }
            if (!model.containsAttribute("agendaItem")) {
                model.addAttribute("agendaItem", new AgendaItemForm());
            }
        }
        if (abilities.addActionItems() && !model.containsAttribute("actionItem")) {
            ActionItemForm form = new ActionItemForm();
            form.setDueOn(LocalDate.now(clock).plusWeeks(1));
            model.addAttribute("actionItem", form);
        }
        if (abilities.decideGate() && meeting.getGateReviewId() != null) {
            if (!model.containsAttribute("gateDecision")) {
                model.addAttribute("gateDecision", new GateDecisionForm());
            }
            model.addAttribute("gateReviewVersion", gatekeeping.view(meeting.getGateReviewId()).review().getVersion());
        }
        model.addAttribute("minutesAbilities", abilities);
        minutesModel(meeting, model);
        return "meetings/meeting";
    }

    private void minutesModel(Meeting meeting, Model model) {
        minutesModel(meeting, model, false);
    }

    private void minutesModel(Meeting meeting, Model model, boolean fresh) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("times", new Times());
        if (!model.containsAttribute("minutesAbilities")) {
            model.addAttribute("minutesAbilities", meetings.abilities(meeting));
        }
        MinutesForm form = (MinutesForm) model.getAttribute("minutesForm");
        if (form == null) {
            form = new MinutesForm();
            model.addAttribute("minutesForm", form);
            fresh = true;
        }
        if (fresh) {
            // The bound form object itself: a form bound from the request is what the template renders.
            form.setBaseRevision(meeting.getMinutesRevision());
            form.setMinutes(meeting.getMinutes());
        }
    }

    private static List<String> zonesWith(String zone) {
        if (ZONES.contains(zone)) {
            return ZONES;
        }
        List<String> zones = new ArrayList<>(ZONES);
        zones.add(0, zone);
        return zones;
    }

    private static String defaultZone() {
        String server = ZoneId.systemDefault().getId();
        return ZONES.contains(server) && !"UTC".equals(server) ? server : "Europe/London";
    }

    private Long currentPerson() {
        return CurrentUser.get().flatMap(u -> people.findByUserAccount(u.accountId())).map(PersonSummary::id)
                .orElse(null);
    }

    private static String name(Map<Long, PersonSummary> persons, long id) {
        PersonSummary p = persons.get(id);
        return p == null ? "Person " + id : p.fullName();
    }

    /** Formats a meeting's times for the pages: in its own zone, and in UTC. */
    public static final class Times {

        public String local(Meeting m) {
            return WHEN.format(m.getStartsAt().atZone(ZoneId.of(m.getTimeZone()))) + "–"
                    + TIME.format(m.endsAt().atZone(ZoneId.of(m.getTimeZone()))) + " " + m.getTimeZone();
        }

        public String utc(Meeting m) {
            return WHEN.format(m.getStartsAt().atZone(ZoneId.of("UTC"))) + "–"
                    + TIME.format(m.endsAt().atZone(ZoneId.of("UTC"))) + " UTC";
        }

        public String instant(Instant at) {
            return at == null ? "" : WHEN.format(at.atZone(ZoneId.of("UTC"))) + " UTC";
        }
    }
}
