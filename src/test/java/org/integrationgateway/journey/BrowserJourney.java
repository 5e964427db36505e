package org.integrationgateway.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Harness of the browser journeys: the whole application on a random port with the Kestrel demo organisation
 * (embedded H2), driven by headless Chromium through Playwright.
 *
 * <p>Browser: when {@code GATEWAY_CHROMIUM} (environment) or {@code gateway.chromium} (system property) names a
 * Chromium executable, that one is launched, with flags that keep it from reaching off the machine (CI sets
 * {@code /usr/bin/chromium}). Otherwise Playwright uses, and on first use downloads, its own browser.
 *
 * <p>Screenshots of every page go to {@code target/screenshots/}; a failing journey also leaves
 * {@code FAILED-*.png} there and a Playwright trace in {@code target/playwright-traces/}
 * (open with {@code npx playwright show-trace}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.demo.enabled=true")
@ActiveProfiles("test")
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Path TRACES = Paths.get("target", "playwright-traces");

    /** Flags for a system Chromium: headless, sandbox-free (containers), and no network beyond this machine. */
    static final List<String> OFFLINE_CHROMIUM_FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.*, EXCLUDE [::1]");

    /** The width from which the main menu is always open (the layout's {@code navbar-expand-lg}, Bootstrap's lg). */
    static final int NAVBAR_EXPANDS_AT = 992;

    /** The viewports every journey is walked at. */
    enum Viewport {
        DESKTOP(1280, 800, false),
        PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        String label() {
            return name().toLowerCase();
        }
    }

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    Viewport viewport;
    private String journeyName;
    private int shots;
    private final List<String> pageProblems = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailures = this::keepEvidence;

    @BeforeAll
    static void launchBrowser() {
        String chromium = System.getenv("GATEWAY_CHROMIUM");
        if (chromium == null || chromium.isBlank()) {
            chromium = System.getProperty("gateway.chromium");
        }
        if (chromium != null && !chromium.isBlank()) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(chromium))
                    .setHeadless(true)
                    .setChromiumSandbox(false)
                    .setArgs(OFFLINE_CHROMIUM_FLAGS));
        } else {
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true));
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Opens a fresh browser context (no cookies) at the given viewport; journeyName prefixes its screenshots. */
    Page open(String journeyName, Viewport viewport) {
        this.journeyName = journeyName;
        this.viewport = viewport;
        this.shots = 0;
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setIsMobile(viewport.mobile)
                .setHasTouch(viewport.mobile)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
        context.setDefaultTimeout(20_000);
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        page = context.newPage();
        page.onDialog(Dialog::accept);
        pageProblems.clear();
        page.onResponse(response -> {
            if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                pageProblems.add(response.status() + " " + response.request().resourceType() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> pageProblems.add("failed " + request.resourceType() + " " + request.url()
                + ": " + request.failure()));
        page.onPageError(error -> pageProblems.add("script error: " + error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                pageProblems.add("CSP: " + message.text());
            }
        });
        return page;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Fills and submits the sign-in form, starting from the sign-in page. */
    void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
    }

    /** Opens the collapsed main menu on narrow screens, so that its links and the sign-out button can be used. */
    void openMenuIfCollapsed() {
        // Decided by the viewport, not by the toggler's visibility: checked while a page is still loading, before
        // its stylesheet applies, the toggler looks visible at any width (a CI run then clicked a button that
        // vanished on the desktop layout).
        if (viewport.width >= NAVBAR_EXPANDS_AT) {
            return;
        }
        Locator toggler = page.locator("nav[aria-label=Main] .navbar-toggler");
        if ("false".equals(toggler.getAttribute("aria-expanded"))) {
            toggler.click();
            // Bootstrap animates the menu open ("collapsing"); clicking during the animation hits a moving target.
            assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
        }
    }

    void signOut() {
        openMenuIfCollapsed();
        page.locator("[data-testid=sign-out]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?signedOut$"));
    }

    /** Fails when the page is wider than the viewport, i.e. the reader would have to scroll sideways. */
    void assertNoHorizontalScrolling() {
        Number scrollWidth = (Number) page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(scrollWidth.intValue())
                .as("page width of %s at %d px", page.url(), viewport.width)
                .isLessThanOrEqualTo(viewport.width);
    }

    /** Fails when a stylesheet, script or other part of the page did not load, a script failed or CSP refused something. */
    void assertPageIntact() {
        assertThat(pageProblems).as("problems loading %s", page.url()).isEmpty();
    }

    /**
     * Checks the page loaded completely and fits the viewport, then saves a full-page screenshot named after the
     * journey step.
     */
    Path screenshot(String step) {
        page.waitForLoadState();
        assertPageIntact();
        assertNoHorizontalScrolling();
        Path file = SCREENSHOTS.resolve(String.format("%s-%s-%02d-%s.png", journeyName, viewport.label(), ++shots, step));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Chooses a value in a select (by option value or label), or types it into any other field. */
    void choose(String selector, String value) {
        Locator field = page.locator(selector);
        String tag = (String) field.evaluate("element => element.tagName");
        if ("SELECT".equalsIgnoreCase(tag)) {
            field.selectOption(value);
        } else {
            field.fill(value);
        }
    }

    private void keepEvidence(ExtensionContext extension) throws Exception {
        if (context == null) {
            return;
        }
        String name = (extension.getRequiredTestClass().getSimpleName() + "-"
                + extension.getRequiredTestMethod().getName() + "-" + extension.getDisplayName())
                .replaceAll("[^A-Za-z0-9-]+", "_");
        if (extension.getExecutionException().isPresent()) {
            Files.createDirectories(TRACES);
            if (page != null) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("FAILED-" + name + ".png"))
                        .setFullPage(true));
            }
            context.tracing().stop(new Tracing.StopOptions().setPath(TRACES.resolve(name + ".zip")));
        } else {
            context.tracing().stop();
        }
    }
}
