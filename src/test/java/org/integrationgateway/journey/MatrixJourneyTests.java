package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sofia Marin, K7's project manager, adds a person to K7's matrix, sees them on the project page and the project on
 * the person's page, and signs out: once at desktop and once at phone width, each time with another person with free
 * capacity, so that both walks are independent of their order.
 *
 * <p>Relies on: sign-in {@code #username}, {@code #password}; the project link "K7 Packaging Line" on
 * {@code /projects}; on the project page {@code #matrix} (with links to {@code /people/{id}}),
 * {@code [data-testid=add-assignment]}; the assignment form {@code #personId} (a select whose option values are
 * person ids), {@code #projectRole} (option values are the role names), {@code #allocationPercent},
 * {@code #startDate}, {@code #endDate}, {@code [data-testid=save-assignment]}; on the person page
 * {@code #assignments}; {@code [data-testid=sign-out]} in the main navigation.
 */
class MatrixJourneyTests extends BrowserJourney {

    private static final String PROJECT = "K7 Packaging Line";

    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void projectManagerAddsAPersonToTheMatrix(Viewport viewport) {
        // Both have 40 % on K7VIS and nothing on K7, so the new assignment fits within 100 %.
        String email = viewport == Viewport.DESKTOP ? "anya.petrova@kestrel.example" : "kwame.asante@kestrel.example";
        String role = viewport == Viewport.DESKTOP ? "ENGINEER" : "QUALITY";
        String percent = viewport == Viewport.DESKTOP ? "25" : "20";
        long personId = jdbc.queryForObject("select id from person where email = ?", Long.class, email);
        String name = jdbc.queryForObject("select full_name from person where id = ?", String.class, personId);
        LocalDate start = LocalDate.now(ZoneOffset.UTC);
        LocalDate end = start.plusMonths(2);

        open("matrix", viewport);
        page.navigate(url("/login"));
        screenshot("sign-in");
        signIn("sofia.marin@kestrel.example", DemoSignIn.PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(url("/projects"));
        Locator projectLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(PROJECT)).first();
        assertThat(projectLink).isVisible();
        screenshot("projects");

        projectLink.click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+$"));
        Locator matrix = page.locator("#matrix");
        assertThat(matrix).containsText("Lena Vogt");
        assertThat(matrix).not().containsText(name);
        screenshot("project");

        page.locator("[data-testid=add-assignment]").click();
        choose("#personId", String.valueOf(personId));
        choose("#projectRole", role);
        page.locator("#allocationPercent").fill(percent);
        page.locator("#startDate").fill(start.toString());
        page.locator("#endDate").fill(end.toString());
        screenshot("assignment-form");
        page.locator("[data-testid=save-assignment]").click();

        assertThat(matrix).containsText(name);
        Locator personLink = matrix.locator("a[href$='/people/" + personId + "']").first();
        assertThat(personLink).isVisible();
        screenshot("project-with-assignment");
        assertThat(jdbc.queryForObject("select count(*) from matrix_assignment m join project p on p.id = m.project "
                        + "where p.name = ? and m.person = ? and m.project_role = ? and m.allocation_percent = ? "
                        + "and m.start_date = ? and m.end_date = ?", Integer.class,
                PROJECT, personId, role, Integer.parseInt(percent), start, end)).isEqualTo(1);

        personLink.click();
        assertThat(page).hasURL(Pattern.compile(".*/people/" + personId + "$"));
        assertThat(page.locator("#assignments")).containsText(PROJECT);
        screenshot("person");

        signOut();
        assertThat(page.locator("#username")).isVisible();
        screenshot("signed-out");
    }
}
