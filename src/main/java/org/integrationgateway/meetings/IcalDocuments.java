package org.integrationgateway.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j: one VEVENT per meeting, identified by the meeting's UID and
 * SEQUENCE (so a calendar replaces the entry it has when the meeting is rescheduled or cancelled), start and end in the
 * meeting's time zone (TZID, with that zone's VTIMEZONE; UTC as is), SUMMARY (title and project code), LOCATION (place
 * and link), URL (the link), DESCRIPTION (kind, agenda, the meeting's page), ORGANIZER, one ATTENDEE per invited person
 * with an e-mail address (name, answer as PARTSTAT, ROLE: CHAIR for the organiser, OPT-PARTICIPANT for guests,
 * REQ-PARTICIPANT for the others) and STATUS (CONFIRMED, or CANCELLED). The method is PUBLISH for downloads and feeds,
 * REQUEST for invitations and CANCEL for cancellations (RFC 5546). Lines are folded at 75 octets and text escaped by
 * ical4j. Absolute links start with {@code gateway.mail.base-url}.
 */
@Component
class IcalDocuments {

    static final String PRODUCT = "-//Integration Gateway//Meetings//EN";
    static final String PUBLISH = "PUBLISH";
    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final PersonDirectory directory;
    private final Portfolio portfolio;
    private final String baseUrl;
    private final String fallbackOrganiser;
    private final Clock clock;

    IcalDocuments(PersonDirectory directory, Portfolio portfolio,
                  @Value("${gateway.mail.base-url:http://localhost:8080}") String baseUrl,
                  @Value("${gateway.mail.from:gateway@localhost}") String from, Clock clock) {
        this.directory = directory;
        this.portfolio = portfolio;
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.fallbackOrganiser = from == null || from.isBlank() ? "gateway@localhost" : from.strip();
        this.clock = clock;
    }

    /** How absolute links start (no trailing slash). */
    String baseUrl() {
        return baseUrl;
    }

    /** The page of a meeting, absolute. */
    String pageOf(Meeting meeting) {
        return baseUrl + "/meetings/" + meeting.getId();
    }

    /**
     * The meetings as one iCalendar document with {@code method}, their people read in one query and the codes of
     * their projects once per project; {@code calendarName} (X-WR-CALNAME) may be null.
     */
    String write(String method, List<Meeting> meetings, String calendarName) {
        Set<Long> ids = new HashSet<>();
        for (Meeting meeting : meetings) {
            ids.addAll(meeting.attendeeIds());
            if (meeting.getOrganiserId() != null) {
                ids.add(meeting.getOrganiserId());
            }
        }
        Map<Long, PersonSummary> people = ids.isEmpty() ? Map.of() : directory.findAll(ids);
        Map<Long, Optional<String>> codes = new HashMap<>();
        return write(method, meetings, people, projectId -> codes.computeIfAbsent(projectId, this::code).orElse(null),
                calendarName, null);
    }

    /**
     * The e-mailed calendar of one meeting for {@code recipient}: {@code REQUEST}, or {@code CANCEL}. A CANCEL of a
     * meeting that still takes place is the recipient's removal from it (RFC 5546): it names only them as ATTENDEE.
     */
    String invitation(String method, Meeting meeting, PersonSummary recipient) {
        boolean removal = CANCEL.equals(method) && meeting.getState() != MeetingState.CANCELLED
                && !meeting.isInvited(recipient.id());
        if (!removal) {
            return write(method, List.of(meeting), null);
        }
        Map<Long, PersonSummary> people = new HashMap<>();
        people.put(recipient.id(), recipient);
        if (meeting.getOrganiserId() != null) {
            directory.find(meeting.getOrganiserId()).ifPresent(o -> people.put(o.id(), o));
        }
        return write(method, List.of(meeting), people, id -> code(id).orElse(null), null, recipient);
    }

    /** The code of a project (null when it is gone), for summaries and subjects. */
    Optional<String> code(Long projectId) {
        try {
            return Optional.of(portfolio.project(projectId).getCode());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The meetings as one iCalendar document with {@code method}; {@code people} must hold the organisers and
     * attendees (those missing, or without an e-mail address, are left out), {@code projectCodes} the codes of the
     * meetings' projects; {@code calendarName} (X-WR-CALNAME) may be null; {@code removed}, when given, is the only
     * ATTENDEE written (the person a CANCEL takes off the meeting).
     */
    String write(String method, Collection<Meeting> meetings, Map<Long, PersonSummary> people,
                 Function<Long, String> projectCodes, String calendarName, PersonSummary removed) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method(method));
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        Instant now = Instant.now(clock);
        Map<String, TimeZone> zones = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>();
        for (Meeting meeting : meetings) {
            Optional<TimeZone> zone = zone(meeting.getTimeZone());
            zone.ifPresent(z -> zones.putIfAbsent(z.getID(), z));
            events.add(event(meeting, method, zone.isPresent(), people, projectCodes, now, removed));
        }
        zones.values().forEach(zone -> calendar.add((CalendarComponent) zone.getVTimeZone()));
        events.forEach(event -> calendar.add((CalendarComponent) event));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Method method(String method) {
        return switch (method) {
            case PUBLISH -> ImmutableMethod.PUBLISH;
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
            default -> throw new IllegalArgumentException("Unknown iCalendar method " + method);
        };
    }

    /** ical4j's definition of the zone, unless it is UTC (written as UTC times) or unknown to ical4j. */
    private static Optional<TimeZone> zone(String id) {
        if (id == null || id.equals("UTC") || id.equals("Etc/UTC")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ZONES.getTimeZone(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private VEvent event(Meeting meeting, String method, boolean zoned, Map<Long, PersonSummary> people,
                         Function<Long, String> projectCodes, Instant now, PersonSummary removed) {
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.getIcalUid()));
        event.add(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        if (zoned) {
            ZoneId zone = ZoneId.of(meeting.getTimeZone());
            event.add(new DtStart<>(meeting.getStartsAt().atZone(zone)));
            event.add(new DtEnd<>(meeting.endsAt().atZone(zone)));
        } else {
            event.add(new DtStart<>(meeting.getStartsAt()));
            event.add(new DtEnd<>(meeting.endsAt()));
        }
        event.add(new Sequence(meeting.getIcalSequence()));
        String code = projectCodes.apply(meeting.getProjectId());
        event.add(new Summary(code == null ? meeting.getTitle() : meeting.getTitle() + " (" + code + ")"));
        String location = location(meeting);
        if (location != null) {
            event.add(new Location(location));
        }
        if (meeting.getVirtualLink() != null) {
            event.add(new Url(URI.create(meeting.getVirtualLink())));
        }
        event.add(new Description(description(meeting, code)));
        event.add(organiser(meeting, people));
        boolean cancelled = meeting.getState() == MeetingState.CANCELLED || CANCEL.equals(method);
        List<Attendee> attendees = removed != null
                ? List.of(new Attendee(removed.id(), AttendeeRole.GUEST, AttendanceMode.VIRTUAL,
                        AttendanceResponse.DECLINED, null))
                : meeting.getAttendees().stream()
                        .sorted(java.util.Comparator.comparing(Attendee::role).thenComparing(Attendee::personId)).toList();
        for (Attendee attendee : attendees) {
            PersonSummary person = people.get(attendee.personId());
            if (person == null || person.email() == null || person.email().isBlank()) {
                continue;
            }
            net.fortuna.ical4j.model.property.Attendee property =
                    new net.fortuna.ical4j.model.property.Attendee(mailto(person.email()));
            property.add(new Cn(person.fullName()));
            property.add(CuType.INDIVIDUAL);
            property.add(role(attendee.role()));
            property.add(partStat(attendee.response()));
            if (REQUEST.equals(method) && attendee.response() == AttendanceResponse.PENDING
                    && attendee.role() != AttendeeRole.ORGANISER) {
                property.add(Rsvp.TRUE);
            }
            event.add(property);
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    static String location(Meeting meeting) {
        if (meeting.getPlace() != null && meeting.getVirtualLink() != null) {
            return meeting.getPlace() + " / " + meeting.getVirtualLink();
        }
        return meeting.getPlace() != null ? meeting.getPlace() : meeting.getVirtualLink();
    }

    private String description(Meeting meeting, String code) {
        StringBuilder text = new StringBuilder();
        text.append(kindName(meeting.getKind())).append(" meeting");
        if (code != null) {
            text.append(" of project ").append(code);
        }
        text.append(".\n");
        if (meeting.getState() == MeetingState.CANCELLED) {
            text.append("This meeting was cancelled.\n");
        }
        if (!meeting.getAgenda().isEmpty()) {
            text.append("\nAgenda:\n");
            int number = 1;
            for (AgendaItem item : meeting.getAgenda()) {
                text.append(number++).append(". ").append(item.title()).append('\n');
            }
        }
        if (meeting.getVirtualLink() != null) {
            text.append("\nJoin: ").append(meeting.getVirtualLink()).append('\n');
        }
        text.append("\nMeeting page: ").append(pageOf(meeting));
        return text.toString();
    }

    static String kindName(MeetingKind kind) {
        return switch (kind) {
            case STATUS -> "Status";
            case DESIGN_REVIEW -> "Design review";
            case GATE_REVIEW -> "Gate review";
            case CHANGE_BOARD -> "Change board";
        };
    }

    private Organizer organiser(Meeting meeting, Map<Long, PersonSummary> people) {
        PersonSummary person = meeting.getOrganiserId() == null ? null : people.get(meeting.getOrganiserId());
        boolean hasMail = person != null && person.email() != null && !person.email().isBlank();
        Organizer organiser = new Organizer(mailto(hasMail ? person.email() : fallbackOrganiser));
        String name = person != null ? person.fullName() : meeting.getOrganiserName();
        if (name != null && !name.isBlank()) {
            organiser.add(new Cn(name));
        }
        return organiser;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip().replace(" ", "%20"));
    }

    private static Role role(AttendeeRole role) {
        return switch (role) {
            case ORGANISER -> Role.CHAIR;
            case GUEST -> Role.OPT_PARTICIPANT;
            default -> Role.REQ_PARTICIPANT;
        };
    }

    private static PartStat partStat(AttendanceResponse response) {
        return switch (response == null ? AttendanceResponse.PENDING : response) {
            case ACCEPTED -> PartStat.ACCEPTED;
            case TENTATIVE -> PartStat.TENTATIVE;
            case DECLINED -> PartStat.DECLINED;
            case PENDING -> PartStat.NEEDS_ACTION;
        };
    }

    /** The content type of a document with {@code method}, as e-mail and HTTP carry it. */
    static String contentType(String method) {
        return "text/calendar; charset=utf-8; method=" + method.toUpperCase(Locale.ROOT);
    }
}
