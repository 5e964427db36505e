package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.integrationgateway.demo.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo administrator signs in, finds the main navigation and signs out, at desktop and phone width. */
class SignInJourneyTests extends BrowserJourney {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void demoAdministratorSignsInAndOut(Viewport viewport) {
        open("sign-in", viewport);
        page.navigate(url("/login"));
        assertThat(page.locator("#username")).isVisible();
        screenshot("sign-in-page");

        signIn("admin@kestrel.example", DemoSignIn.PASSWORD);

        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        Locator nav = page.locator("nav[aria-label=Main]");
        assertThat(nav).isVisible();
        openMenuIfCollapsed();
        for (String link : new String[] {"Projects", "People", "Departments", "Users", "Audit log"}) {
            assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)))
                    .isVisible();
        }
        assertThat(page.locator("[data-testid=sign-out]")).containsText("admin@kestrel.example");
        screenshot("signed-in");

        signOut();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have signed out.");
        assertThat(page.locator("nav[aria-label=Main]")).hasCount(0);
        screenshot("signed-out");
        page.navigate(url("/projects"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheSignInPage() {
        open("sign-in-refused", Viewport.PHONE);

        signIn("lena.vogt@kestrel.example", "not-the-demo-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong e-mail or password");
        assertThat(page.locator("nav[aria-label=Main]")).hasCount(0);
        screenshot("refused");
    }
}
