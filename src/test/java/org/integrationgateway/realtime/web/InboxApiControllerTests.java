package org.integrationgateway.realtime.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox API: a person reads and marks only their own notifications (another's answers 404), anonymous callers
 * get 401 and customer contacts 404 (the address does not exist for them); settings validate their input.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class InboxApiControllerTests extends JsonApiRequests {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired Inbox inbox;
    @Autowired TransactionTemplate transactions;

    Team team;
    long tomsFirst;
    long tomsSecond;
    long inesOwn;

    @BeforeEach
    void setUp() {
        team = fixtures.team(true);
        List<Long> first = mention(List.of(team.tom().person(), team.ines().person()), "First mention");
        List<Long> second = mention(List.of(team.tom().person()), "Second mention");
        tomsFirst = first.get(0);
        inesOwn = first.get(1);
        tomsSecond = second.get(0);
    }

    @Test
    void listsMyNotificationsNewestFirstAndFiltersUnread() throws Exception {
        mvc.perform(get("/api/me/notifications").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(tomsSecond))
                .andExpect(jsonPath("$.content[0].kind").value("MENTIONED"))
                .andExpect(jsonPath("$.content[0].title").value("Second mention"))
                .andExpect(jsonPath("$.content[0].link").value("/changes/9"))
                .andExpect(jsonPath("$.content[0].unread").value(true))
                .andExpect(jsonPath("$.content[1].id").value(tomsFirst));
        send(post("/api/me/notifications/" + tomsFirst + "/read"), "", team.tom().user()).andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(false)).andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(get("/api/me/notifications?unread=true").with(as(team.tom())))
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].id").value(tomsSecond));
        mvc.perform(get("/api/me/notifications?size=1&page=1").with(as(team.tom())))
                .andExpect(jsonPath("$.content.length()").value(1)).andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/me/notifications?size=101").with(as(team.tom()))).andExpect(status().isBadRequest());
    }

    @Test
    void countsUnreadAndMarksAllRead() throws Exception {
        mvc.perform(get("/api/me/notifications/unread-count").with(as(team.tom())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(2));
        send(post("/api/me/notifications/read-all"), "", team.tom().user()).andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(2)).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/me/notifications/unread-count").with(as(team.tom()))).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/me/notifications/unread-count").with(as(team.ines()))).andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void anotherPersonsNotificationIsNotFound() throws Exception {
        send(post("/api/me/notifications/" + inesOwn + "/read"), "", team.tom().user()).andExpect(status().isNotFound());
        send(post("/api/me/notifications/999999999/read"), "", team.tom().user()).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/notifications/unread-count").with(as(team.ines()))).andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void anonymousCallersAndCustomerContactsAreRefused() throws Exception {
        CurrentUser customer = users.create(1L, Role.CUSTOMER_CONTACT);
        for (MockHttpServletRequestBuilder request : List.of(get("/api/me/notifications"),
                get("/api/me/notifications/unread-count"), post("/api/me/notifications/" + tomsFirst + "/read"),
                post("/api/me/notifications/read-all"), get("/api/me/notification-settings"),
                put("/api/me/notification-settings"))) {
            String body = "{\"emailMode\":\"OFF\",\"digestFrequency\":\"DAILY\"}";
            anonymous(request, body).andExpect(status().isUnauthorized());
            send(request, body, customer).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/me/notifications/unread-count").with(as(team.tom()))).andExpect(jsonPath("$.unread").value(2));
    }

    @Test
    void anAccountWithoutAPersonHasAnEmptyInbox() throws Exception {
        CurrentUser admin = users.create(Role.ADMINISTRATOR);
        mvc.perform(get("/api/me/notifications").with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/me/notifications/unread-count").with(as(admin))).andExpect(jsonPath("$.unread").value(0));
        send(post("/api/me/notifications/" + tomsFirst + "/read"), "", admin).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/notification-settings").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void settingsDefaultChangeAndRefuseBadInput() throws Exception {
        mvc.perform(get("/api/me/notification-settings").with(as(team.tom()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.emailMode").value("IMMEDIATE_FOR_URGENT_DIGEST_REST"))
                .andExpect(jsonPath("$.digestFrequency").value("DAILY"));
        send(put("/api/me/notification-settings"), "{\"emailMode\":\"DIGEST_ONLY\",\"digestFrequency\":\"HOURLY\"}",
                team.tom().user()).andExpect(status().isOk()).andExpect(jsonPath("$.emailMode").value("DIGEST_ONLY"));
        mvc.perform(get("/api/me/notification-settings").with(as(team.tom())))
                .andExpect(jsonPath("$.emailMode").value("DIGEST_ONLY")).andExpect(jsonPath("$.digestFrequency").value("HOURLY"));
        mvc.perform(get("/api/me/notification-settings").with(as(team.ines())))
                .andExpect(jsonPath("$.emailMode").value("IMMEDIATE_FOR_URGENT_DIGEST_REST"));
        send(put("/api/me/notification-settings"), "{\"emailMode\":\"LOUD\",\"digestFrequency\":\"HOURLY\"}",
                team.tom().user()).andExpect(status().isBadRequest());
        send(put("/api/me/notification-settings"), "{\"digestFrequency\":\"HOURLY\"}", team.tom().user())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        send(put("/api/me/notification-settings"), "", team.tom().user()).andExpect(status().isBadRequest());
        mvc.perform(get("/api/me/notification-settings").with(as(team.tom())))
                .andExpect(jsonPath("$.emailMode").value("DIGEST_ONLY"));
    }

    private List<Long> mention(List<Long> people, String title) {
        return transactions.execute(status -> inbox.notifyMentioned(people, title, "/changes/9", team.id(),
                "change-request:9", UUID.randomUUID()));
    }
}
