package org.integrationgateway.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.meetings.CalendarFixtures;
import org.integrationgateway.meetings.IcalJsClient;
import org.integrationgateway.meetings.Meeting;
import org.integrationgateway.meetings.StatusReportFixtures;
import org.integrationgateway.meetings.StatusReportFixtures.Office;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The calendar endpoints over HTTP: the .ics download, the feed by its secret address (no sign-in, no session), the
 * feed API and the card's forms; each parsed document read by the independent ical.js. Who may: readers of the
 * meeting download it (other staff 403, customers 404, anonymous to sign-in); anyone with a live token reads the feed
 * (404 unknown or revoked); customers 404 on the API and forms, anonymous 401.
 */
@SpringBootTest(properties = "gateway.mail.base-url=https://gateway.kestrel.test/")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, CalendarControllerTests.CardPage.class})
class CalendarControllerTests extends JsonApiRequests {

    static final String FEED_API = "/api/me/calendar-feed";

    /** Renders only the card, as the page /meetings includes it, so that the fragment is checked on its own. */
    @org.springframework.stereotype.Controller
    static class CardPage {

        @org.springframework.web.bind.annotation.GetMapping("/test/calendar-feed-card")
        String card(@org.springframework.web.bind.annotation.RequestParam(required = false) String issued,
                    org.springframework.ui.Model model) {
            if (issued != null) {
                model.addAttribute(CalendarWebController.FLASH_URL, issued); // as the flash attribute arrives
            }
            return "meetings/calendar-feed :: card";
        }
    }

    @Autowired StatusReportFixtures offices;
    @Autowired CalendarFixtures calendar;

    Office office;
    Team team;

    @BeforeEach
    void setUp() {
        office = offices.office();
        team = office.team();
    }

    @Test
    void aReaderDownloadsTheMeetingAsAnIcsFile() throws Exception {
        Meeting meeting = calendar.schedule(team, "Weekly status");
        MockHttpServletResponse response = mvc.perform(get("/meetings/" + meeting.getId() + ".ics")
                        .with(as(team.seller())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"meeting-" + meeting.getId() + ".ics\""))
                .andReturn().getResponse();
        JsonNode parsed = IcalJsClient.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode event = IcalJsClient.event(parsed, meeting.getIcalUid());
        assertThat(event.get("start").asString()).endsWith("T14:30:00.000Z");
        assertThat(event.get("tz").asString()).isEqualTo("America/New_York");
        assertThat(event.get("summary").asString()).isEqualTo("Weekly status (" + team.code() + ")");
        assertThat(event.get("description").asString())
                .contains("https://gateway.kestrel.test/meetings/" + meeting.getId());
    }

    @Test
    void otherStaffAre403CustomersAre404AnonymousSignsIn() throws Exception {
        Meeting meeting = calendar.schedule(team, "Weekly status");
        String url = "/meetings/" + meeting.getId() + ".ics";
        mvc.perform(get(url).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/meetings/" + Long.MAX_VALUE + ".ics").with(as(office.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFeedIsIssuedOnceReadWithoutSignInOrSessionAndEndsWhenRevoked() throws Exception {
        Meeting mine = calendar.schedule(team, "Weekly status");
        Meeting cancelled = calendar.cancel(team, calendar.schedule(team, "Cancelled status"));
        Team other = offices.office().team();
        Meeting theirs = calendar.schedule(other, "Their status");

        mvc.perform(get(FEED_API).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        String json = mvc.perform(post(FEED_API).with(as(team.seller())).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url", startsWith("https://gateway.kestrel.test/calendar/feed/")))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(json, "$.url");
        String path = url.substring("https://gateway.kestrel.test".length());
        assertThat(path).matches("/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        mvc.perform(get(FEED_API).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("feed/"))));

        MvcResult feed = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn();
        assertThat(feed.getRequest().getSession(false)).isNull();
        assertThat(feed.getResponse().getHeader("Set-Cookie")).isNull();
        JsonNode parsed = IcalJsClient.parse(feed.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parsed.get("method").asString()).isEqualTo("PUBLISH");
        assertThat(IcalJsClient.event(parsed, mine.getIcalUid()).get("start").asString()).endsWith("T14:30:00.000Z");
        assertThat(IcalJsClient.event(parsed, cancelled.getIcalUid()).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(IcalJsClient.event(parsed, theirs.getIcalUid())).isNull();

        mvc.perform(delete(FEED_API).with(as(team.seller())).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(path)).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("Calendar feed for this address was not found."));
        mvc.perform(get("/calendar/feed/unknown.ics")).andExpect(status().isNotFound());
        mvc.perform(get(FEED_API).with(as(team.seller()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void customersFindNoneOfItAndAnonymousCallersAre401() throws Exception {
        mvc.perform(get(FEED_API).with(as(office.customer()))).andExpect(status().isNotFound());
        mvc.perform(post(FEED_API).with(as(office.customer())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete(FEED_API).with(as(office.customer())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/calendar-feed").with(as(office.customer())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(FEED_API)).andExpect(status().isUnauthorized());
        mvc.perform(post(FEED_API).with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post("/meetings/calendar-feed").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where person_id = ?", Integer.class,
                team.seller().person())).isZero();
    }

    @Test
    void anAccountWithoutAPersonIs422() throws Exception {
        mvc.perform(post(FEED_API).with(as(office.pmo())).with(csrf())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("no-person-record"));
    }

    @Test
    void theCardsFormsIssueAndRevokeAndShowTheAddressOnce() throws Exception {
        MvcResult issued = mvc.perform(post("/meetings/calendar-feed").with(as(team.engineer())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings#calendar-feed"))
                .andExpect(flash().attribute("calendarFeedUrl", startsWith("https://gateway.kestrel.test/calendar/feed/")))
                .andReturn();
        String url = (String) issued.getFlashMap().get("calendarFeedUrl");
        String path = url.substring("https://gateway.kestrel.test".length());
        mvc.perform(get(path)).andExpect(status().isOk());
        String second = (String) mvc.perform(post("/meetings/calendar-feed").with(as(team.engineer())).with(csrf()))
                .andReturn().getFlashMap().get("calendarFeedUrl");
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/calendar-feed/revoke").with(as(team.engineer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings#calendar-feed"))
                .andExpect(flash().attribute("calendarFeedRevoked", true));
        mvc.perform(get(second.substring("https://gateway.kestrel.test".length()))).andExpect(status().isNotFound());
    }

    @Test
    void theCardShowsTheNewAddressOnceThenOnlyThatThereIsOne() throws Exception {
        mvc.perform(get("/test/calendar-feed-card").with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You have no feed address.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/meetings/calendar-feed\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "/meetings/calendar-feed/revoke"))));
        MvcResult issued = mvc.perform(post("/meetings/calendar-feed").with(as(team.engineer())).with(csrf()))
                .andReturn();
        String url = (String) issued.getFlashMap().get("calendarFeedUrl");
        mvc.perform(get("/test/calendar-feed-card").param("issued", url).with(as(team.engineer())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + url + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("for=\"calendar-feed-url\"")));
        mvc.perform(get("/test/calendar-feed-card").with(as(team.engineer()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(url))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/meetings/calendar-feed/revoke")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You have a feed address.")));
    }

    @Test
    void theFeedApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/me/calendar-feed'].get").exists())
                .andExpect(jsonPath("$.paths['/api/me/calendar-feed'].post").exists())
                .andExpect(jsonPath("$.paths['/api/me/calendar-feed'].delete").exists());
    }
}
