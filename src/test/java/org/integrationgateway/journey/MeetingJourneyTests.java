package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.StepInput;
import org.integrationgateway.acceptance.StepResult;
import org.integrationgateway.acceptance.TaskDraft;
import org.integrationgateway.demo.DemoSignIn;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tuesday's status meeting, with two people side by side. Sofia Marin, K7's manager, at her desk, schedules K7's
 * weekly status meeting (Leeds, room 2, and a video link): Priya and Marco, the liaisons matrixed to K7, are invited
 * automatically as virtual attendees, and the agenda is built from K7 (its open change requests, next gate, latest
 * status). Marco, on his phone, finds the invitation in his inbox, opens the meeting, and subscribes to his calendar
 * feed: the feed (fetched as a calendar app would, without his session) holds the meeting. Sofia takes the minutes;
 * Marco's page shows them without a reload. Sofia gives Lena an action item, which lands in Lena's inbox. Then the
 * scoreboard shows Marco's booking and the projects' acceptances side by side.
 *
 * <p>Relies on: the demo data (K7 with Sofia as manager, Priya and Marco as liaisons, Lena as engineer; Marco's booked
 * Bellamy order; Hannah as Bellamy's contact); the schedule form {@code meeting-schedule-form} on
 * {@code /projects/{id}/meetings}; the meeting page's {@code meeting-title}, {@code attendee-row},
 * {@code meeting-agenda}, the minutes ({@code minutes-text}, {@code minutes-save}, {@code minutes-rendered}) and the
 * action item form {@code action-item-form} with {@code action-item-row}; the inbox; the calendar feed card on
 * {@code /meetings}; the scoreboard's measure cards {@code measure-bookings} and {@code measure-acceptances}. To show
 * an acceptance whichever journey ran first, it has Hannah accept a second K7 deliverable through the application's
 * services before opening the scoreboard.
 */
class MeetingJourneyTests extends BrowserJourney {

    private static final String MANAGER = "sofia.marin@kestrel.example";
    private static final String LIAISON = "marco.ricci@kestrel.example";
    private static final String CUSTOMER = "hannah.bellamy@bellamyfoods.example";

    @Autowired JdbcTemplate jdbc;
    @Autowired Acceptances acceptances;

    private BrowserContext managerContext;

    @AfterEach
    void closeManager() {
        if (managerContext != null) {
            managerContext.close();
        }
    }

    @Test
    void sofiaSchedulesTheStatusMeetingMarcoFindsItAndTheMinutesAreTakenLive() throws Exception {
        long k7 = jdbc.queryForObject("select id from project where code = 'K7'", Long.class);
        String title = "K7 weekly status " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate tuesday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        // Sofia schedules the meeting.
        Page manager = open("meeting-manager", Viewport.DESKTOP);
        managerContext = context;
        signIn(MANAGER, DemoSignIn.PASSWORD);
        assertThat(manager).not().hasURL(Pattern.compile(".*/login.*"));
        manager.navigate(url("/projects/" + k7 + "/meetings"));
        Locator form = manager.locator("[data-testid=meeting-schedule-form]");
        form.locator("[name=kind]").selectOption("STATUS");
        form.locator("[name=title]").fill(title);
        form.locator("[name=start]").fill(tuesday + "T10:00");
        form.locator("[name=timeZone]").selectOption("Europe/London");
        form.locator("[name=durationMinutes]").fill("60");
        form.locator("[name=place]").fill("Leeds, room 2");
        form.locator("[name=virtualLink]").fill("https://meet.example.com/k7-status");
        screenshot("schedule");
        form.locator("[data-testid=schedule-meeting]").click();
        assertThat(manager).hasURL(Pattern.compile(".*/meetings/[0-9]+$"));
        long meeting = Long.parseLong(manager.url().replaceAll(".*/meetings/", ""));
        assertThat(manager.locator("[data-testid=meeting-title]")).containsText(title);
        Locator marcoRow = manager.locator("[data-testid=attendee-row]").filter(new Locator.FilterOptions()
                .setHasText("Marco Ricci"));
        assertThat(marcoRow).containsText("Liaison");
        assertThat(marcoRow).containsText("Virtual");
        assertThat(manager.locator("[data-testid=attendee-row]").filter(new Locator.FilterOptions()
                .setHasText("Priya Natarajan"))).containsText("Liaison");
        List<String> agenda = jdbc.queryForList("select title from meeting_agenda_item where meeting = ? order by position",
                String.class, meeting);
        assertThat(agenda).as("the agenda built from K7").isNotEmpty();
        for (String item : agenda) {
            assertThat(manager.locator("[data-testid=meeting-agenda]")).containsText(item);
        }
        screenshot("scheduled");

        // Marco, on his phone, finds the invitation in his inbox.
        Page liaison = open("meeting-liaison", Viewport.PHONE);
        signIn(LIAISON, DemoSignIn.PASSWORD);
        assertThat(liaison).not().hasURL(Pattern.compile(".*/login.*"));
        liaison.navigate(url("/inbox"));
        Locator invitation = liaison.locator("[data-testid=notifications] a").filter(new Locator.FilterOptions()
                .setHasText(title));
        assertThat(invitation).hasCount(1);
        screenshot("inbox");
        invitation.click();
        assertThat(liaison).hasURL(Pattern.compile(".*/meetings/" + meeting + "$"));
        assertThat(liaison.locator("[data-testid=meeting-title]")).containsText(title);
        screenshot("meeting");

        // ... and in his calendar: he subscribes to his feed, which a calendar app reads without his session.
        liaison.navigate(url("/meetings"));
        assertThat(liaison.locator("[data-testid=my-meeting-row]").filter(new Locator.FilterOptions()
                .setHasText(title))).hasCount(1);
        liaison.locator("[data-testid=calendar-feed-issue]").click();
        String feedUrl = liaison.locator("[data-testid=calendar-feed-url]").inputValue();
        assertThat(feedUrl).contains("/calendar/feed/");
        screenshot("calendar-feed");
        // The address carries the configured public base URL; this test's server listens on a random port.
        String feedPath = URI.create(feedUrl).getPath();
        assertThat(feedPath).matches("/calendar/feed/[A-Za-z0-9_-]{20,}\\.ics");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(feedPath)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(unfolded(feed.body())).contains("BEGIN:VCALENDAR").contains("SUMMARY:" + title)
                .contains("TZID=Europe/London");

        // The minutes, taken by Sofia, reach Marco's page live.
        liaison.navigate(url("/meetings/" + meeting));
        assertThat(liaison.locator("[data-testid=live-indicator]")).hasText("Live");
        liaison.evaluate("() => { window.__meetingMarker = 'unchanged'; }");
        manager.bringToFront();
        manager.locator("#minutes-text").fill("## Decisions\n- Raise a change request to upgrade the enclosure to IP69K");
        manager.locator("[data-testid=minutes-save]").click();
        assertThat(manager.locator("[data-testid=minutes-rendered]"))
                .containsText("Raise a change request to upgrade the enclosure to IP69K");
        assertThat(liaison.locator("[data-testid=minutes-rendered]"))
                .containsText("Raise a change request to upgrade the enclosure to IP69K");
        assertThat(liaison.evaluate("() => window.__meetingMarker")).as("the minutes arrived without a reload")
                .isEqualTo("unchanged");
        screenshot("minutes-live");

        // An action item for Lena lands in her inbox.
        long lena = jdbc.queryForObject("select id from person where email = 'lena.vogt@kestrel.example'", Long.class);
        Locator actionForm = manager.locator("[data-testid=action-item-form]");
        actionForm.locator("[name=title]").fill("Assess the IP69K enclosure change");
        actionForm.locator("[name=ownerId]").selectOption(String.valueOf(lena));
        actionForm.locator("[name=dueOn]").fill(LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .toString());
        actionForm.locator("[data-testid=add-action-item]").click();
        assertThat(manager.locator("[data-testid=action-item-row]").filter(new Locator.FilterOptions()
                .setHasText("Assess the IP69K enclosure change"))).containsText("Lena Vogt");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from notification where person_id = ? and title like ? and link = ?", Integer.class,
                lena, "%Assess the IP69K enclosure change%", "/meetings/" + meeting)).isEqualTo(1));

        // The scoreboard: Marco's booking and the projects' acceptances side by side.
        acceptSecondDeliverable(k7);
        int accepted = jdbc.queryForObject("select count(*) from acceptance_record where outcome = 'ACCEPTED'",
                Integer.class);
        manager.navigate(url("/scoreboard"));
        assertThat(manager.locator("[data-testid=measure-bookings] td[data-label=Person]").filter(
                new Locator.FilterOptions().setHasText("Marco Ricci")).first()).isVisible();
        // The measure's rows are one per month and a total ("All").
        Locator total = manager.locator("[data-testid=measure-acceptances] tbody tr").filter(new Locator.FilterOptions()
                .setHas(manager.locator("td[data-label=Month]", new Page.LocatorOptions().setHasText("All"))));
        assertThat(Integer.parseInt(total.locator("td[data-label=Accepted]").innerText().strip()))
                .as("acceptances on the scoreboard").isEqualTo(accepted).isPositive();
        Object salesTop = manager.locator("[data-testid=scoreboard-sales]").evaluate("e => e.getBoundingClientRect().top");
        Object projectsTop = manager.locator("[data-testid=scoreboard-projects]")
                .evaluate("e => e.getBoundingClientRect().top");
        assertThat(((Number) salesTop).doubleValue()).as("side by side on a desktop")
                .isEqualTo(((Number) projectsTop).doubleValue());
        screenshot("scoreboard");
    }

    /** Sofia assigns Hannah the K7 pilot line's conveyor frame (SPEC-22), and Hannah passes its step and accepts. */
    private void acceptSecondDeliverable(long k7) {
        long order = jdbc.queryForObject("select so.id from sales_order so join opportunity o on o.id = so.opportunity"
                + " where o.title = 'K7 pilot line for the Leeds plant'", Long.class);
        long hannah = jdbc.queryForObject("select id from customer_contact where email = ?", Long.class, CUSTOMER);
        AcceptanceTask task = as(MANAGER, () -> acceptances.assign(k7, new TaskDraft(order, null, "SPEC-22",
                "K7 pilot line: conveyor frame " + UUID.randomUUID().toString().substring(0, 4), hannah, null,
                List.of(new StepInput("Measure the conveyor height", "1,050 mm")))));
        AcceptanceTask stepped = as(CUSTOMER, () -> acceptances.recordStep(task.getId(), task.getVersion(), 1,
                StepResult.PASS, "1,050 mm measured"));
        as(CUSTOMER, () -> acceptances.accept(task.getId(), stepped.getVersion(), "Frame as ordered"));
    }

    private <T> T as(String email, Supplier<T> action) {
        var account = jdbc.queryForMap("select id, display_name, customer_organisation from user_account where email = ?",
                email);
        long id = ((Number) account.get("id")).longValue();
        Set<Role> roles = new HashSet<>();
        jdbc.queryForList("select role from user_role where user_account = ?", String.class, id)
                .forEach(role -> roles.add(Role.valueOf(role)));
        Number organisation = (Number) account.get("customer_organisation");
        CurrentUser user = new CurrentUser(id, email, (String) account.get("display_name"), roles,
                organisation == null ? null : organisation.longValue());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The iCalendar text with its folded lines (RFC 5545 §3.1) joined again. */
    private static String unfolded(String ics) {
        Matcher folded = Pattern.compile("\r?\n[ \t]").matcher(ics);
        return folded.replaceAll("");
    }
}
