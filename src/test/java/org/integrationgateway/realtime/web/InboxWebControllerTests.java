package org.integrationgateway.realtime.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.realtime.DigestFrequency;
import org.integrationgateway.realtime.EmailMode;
import org.integrationgateway.realtime.Inbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox page, the navigation bar's unread counter and the notification settings page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class InboxWebControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ChangeControlFixtures fixtures;
    @Autowired Inbox inbox;
    @Autowired TransactionTemplate transactions;

    Team team;
    long tomsNotification;
    long inesNotification;

    @BeforeEach
    void setUp() {
        team = fixtures.team(true);
        List<Long> ids = transactions.execute(status -> inbox.notifyMentioned(
                List.of(team.tom().person(), team.ines().person()), "Priya mentioned you on CR-9", "/changes/9",
                team.id(), "change-request:9", UUID.randomUUID()));
        tomsNotification = ids.get(0);
        inesNotification = ids.get(1);
    }

    @Test
    void theInboxListsMyNotificationsWithLinksAndTheLayoutLoadsTheCounter() throws Exception {
        mvc.perform(get("/inbox").with(TestUsers.as(team.tom().user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Priya mentioned you on CR-9")))
                .andExpect(content().string(containsString("/inbox/" + tomsNotification + "/open")))
                .andExpect(content().string(containsString("1 unread")))
                .andExpect(content().string(containsString("id=\"inbox-count\"")))
                .andExpect(content().string(containsString("hx-trigger=\"load, live:inbox from:body\"")));
        mvc.perform(get("/inbox/count").with(TestUsers.as(team.tom().user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-unread=\"1\"")));
    }

    @Test
    void openingMarksReadAndGoesToTheSourcePage() throws Exception {
        mvc.perform(get("/inbox/" + tomsNotification + "/open").with(TestUsers.as(team.tom().user())))
                .andExpect(redirectedUrl("/changes/9"));
        mvc.perform(get("/inbox/count").with(TestUsers.as(team.tom().user())))
                .andExpect(content().string(containsString("data-unread=\"0\"")));
        mvc.perform(get("/inbox?unread=true").with(TestUsers.as(team.tom().user())))
                .andExpect(content().string(containsString("No unread notifications.")));
    }

    @Test
    void marksOneOrAllReadButNeverAnotherPersons() throws Exception {
        mvc.perform(post("/inbox/" + inesNotification + "/read").with(TestUsers.as(team.tom().user())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inbox/" + inesNotification + "/open").with(TestUsers.as(team.tom().user())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/inbox/" + tomsNotification + "/read").with(TestUsers.as(team.tom().user())).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/inbox/count").with(TestUsers.as(team.ines().user())))
                .andExpect(content().string(containsString("data-unread=\"1\"")));
        mvc.perform(post("/inbox/read-all").with(TestUsers.as(team.ines().user())).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/inbox/count").with(TestUsers.as(team.ines().user())))
                .andExpect(content().string(containsString("data-unread=\"0\"")));
    }

    @Test
    void anEmptyInboxSaysSo() throws Exception {
        mvc.perform(get("/inbox").with(TestUsers.as(team.outsider().user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing here.")))
                .andExpect(content().string(not(containsString("data-testid=\"mark-all-read\""))));
    }

    @Test
    void customersAndAnonymousVisitorsHaveNoInbox() throws Exception {
        CurrentUser customer = users.create(1L, Role.CUSTOMER_CONTACT);
        mvc.perform(get("/inbox").with(TestUsers.as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/count").with(TestUsers.as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/account/notifications").with(TestUsers.as(customer))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inbox/read-all").with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSettingsPageShowsAndSavesMyChoice() throws Exception {
        mvc.perform(get("/account/notifications").with(TestUsers.as(team.tom().user()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Urgent ones at once")));
        mvc.perform(post("/account/notifications").with(TestUsers.as(team.tom().user())).with(csrf())
                        .param("emailMode", "OFF").param("digestFrequency", "HOURLY"))
                .andExpect(redirectedUrl("/account/notifications"));
        org.assertj.core.api.Assertions.assertThat(inbox.settings(team.tom().person()).emailMode()).isEqualTo(EmailMode.OFF);
        org.assertj.core.api.Assertions.assertThat(inbox.settings(team.tom().person()).digestFrequency())
                .isEqualTo(DigestFrequency.HOURLY);
        mvc.perform(post("/account/notifications").with(TestUsers.as(team.tom().user())).with(csrf())
                        .param("digestFrequency", "DAILY"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "emailMode"))
                .andExpect(content().string(containsString("emailMode-error")));
        org.assertj.core.api.Assertions.assertThat(inbox.settings(team.tom().person()).digestFrequency())
                .isEqualTo(DigestFrequency.HOURLY);
    }
}
