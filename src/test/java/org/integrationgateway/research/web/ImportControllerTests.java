package org.integrationgateway.research.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.support.JsonApiRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;

/** The import pages and API: 202 with the batch's address, progress and bad rows, bad input, and who may import. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, PortfolioFixtures.class, ChangeControlFixtures.class})
class ImportControllerTests extends JsonApiRequests {

    static final String HEADER = "title,summary,source,segment,evidence,links,sample_size,confidence,observed_on\n";

    @Autowired ChangeControlFixtures fixtures;

    Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(false);
    }

    static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "findings.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static String good() {
        return HEADER + "Washdown,,interview,food,,,12,high," + LocalDate.now().minusDays(2) + "\n";
    }

    String awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> mvc.perform(get(location).with(as(team.marketer())))
                .andReturn().getResponse().getContentAsString(), json -> json.contains("\"state\":\"SUCCEEDED\"")
                || json.contains("\"state\":\"FAILED\""));
    }

    @Test
    void apiAnswers202WithTheBatchAddressAndReportsBadRows() throws Exception {
        String location = mvc.perform(multipart("/api/research/imports").file(csv(good())).with(as(team.marketer())))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(header().string("Location", containsString("/api/research/imports/")))
                .andReturn().getResponse().getHeader("Location");
        String done = awaitFinished(location);
        org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(1);

        String bad = mvc.perform(multipart("/api/research/imports").file(csv(HEADER + ",,blog,food,,,,high,2025-01-01\n"))
                .with(as(team.marketer()))).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String failed = awaitFinished(bad);
        org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(failed, "$.errors[0].line")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(failed, "$.errors[0].reason"))
                .contains("source: \"blog\"");
    }

    @Test
    void apiRefusesAMissingFileAndOtherStaffAndHidesImportsFromCustomers() throws Exception {
        mvc.perform(multipart("/api/research/imports").with(as(team.marketer())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/research/imports").file(csv(good())).with(as(team.engineer())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/research/imports").file(csv(good()))
                .with(as(users.create(42L, Role.CUSTOMER_CONTACT)))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/research/imports").file(csv(good()))
                .with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/research/imports/999999999").with(as(team.marketer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/research/imports/999999999").with(as(team.seller()))).andExpect(status().isForbidden());
    }

    @Test
    void pagesUploadRedirectToTheBatchAndShowProgressAndBadRows() throws Exception {
        mvc.perform(get("/research/imports/new").with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("enctype=\"multipart/form-data\"")));
        String location = mvc.perform(multipart("/research/imports").file(csv(HEADER + ",,survey,food,,,,high,"
                        + "2025-01-01\n")).with(as(team.marketer())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitFinished("/api/research/imports/" + id);
        mvc.perform(get(location).with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("title: Fill in the title.")));
        mvc.perform(get(location + "/progress").with(as(team.marketer()))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
        mvc.perform(multipart("/research/imports").with(as(team.marketer()))).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Choose a CSV file to import.")));
        mvc.perform(get("/research/imports/new").with(as(team.engineer()))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(as(users.create(42L, Role.CUSTOMER_CONTACT)))).andExpect(status().isNotFound());
        mvc.perform(get("/research/imports/new")).andExpect(status().is3xxRedirection());
    }
}
