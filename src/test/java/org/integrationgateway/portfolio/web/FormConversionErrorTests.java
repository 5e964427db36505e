package org.integrationgateway.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A form value that cannot be converted to its field's type is shown inline in plain words, never as a Java message. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class FormConversionErrorTests extends PortfolioWebTestSupport {

    @Test
    void unconvertibleNumbersAndDatesAreExplainedInline() throws Exception {
        mvc.perform(post("/projects/{id}/assignments", project).param("personId", String.valueOf(lena))
                        .param("projectRole", "ENGINEER").param("allocationPercent", "1e9")
                        .param("startDate", "2026-02-30").param("endDate", "2026-03-31").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter a whole number."),
                        containsString("Enter a date as YYYY-MM-DD"), not(containsString("java.lang")),
                        not(containsString("Failed to convert")))));
        assertThat(rows("select count(*) from matrix_assignment where person = ?", lena)).isZero();

        String code = unique("T");
        mvc.perform(post("/projects").param("code", code).param("name", "Typed").param("managerId", "abc")
                        .param("status", "PROPOSED").with(as(pmo)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose or enter a valid value."),
                        not(containsString("java.lang")))));
        assertThat(rows("select count(*) from project where code = ?", code)).isZero();
    }
}
