package org.integrationgateway.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Portal isolation as a matrix: every portal page and API endpoint of the agreed URLs (the portal's own and the
 * portal acceptance ones), asked by a contact of customer A (Hannah) with customer B's ids (order, quote, task,
 * record, defect), answers 404 and its body names nothing of B (its name, order number, contact, task title) and
 * counts nothing; asked with A's own ids, it answers anything but 404. An endpoint not built yet (no handler mapped
 * on this branch) still answers 404 for B's ids; its "own ids" half is skipped and reported as pending, so the
 * matrix checks it once the endpoint exists. {@link #MATRIX} is the table to read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PortalIsolationTests {

    /** Who builds the endpoint: P the portal, C the portal acceptance pages and API. */
    enum Owner { P, C }

    /** How the request is sent: a page (GET, or a form POST) or the JSON API. */
    enum Kind { PAGE, API }

    /**
     * One endpoint: method, path with placeholders {order}, {quote}, {task}, {record} and the payload (form fields as
     * {@code a=b&c=d} for pages, JSON for the API; null for none).
     */
    record Endpoint(Owner owner, Kind kind, HttpMethod method, String path, String payload) {
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint(Owner.P, Kind.PAGE, HttpMethod.GET, "/portal/orders/{order}", null),
            new Endpoint(Owner.P, Kind.PAGE, HttpMethod.POST, "/portal/orders/{order}/change-requests",
                    "title=Give me this order&description=Please"),
            new Endpoint(Owner.P, Kind.PAGE, HttpMethod.GET, "/portal/quotes/{quote}", null),
            new Endpoint(Owner.P, Kind.API, HttpMethod.GET, "/api/portal/orders/{order}", null),
            new Endpoint(Owner.P, Kind.API, HttpMethod.POST, "/api/portal/orders/{order}/change-requests",
                    "{\"title\":\"Give me this order\",\"description\":\"Please\"}"),
            new Endpoint(Owner.P, Kind.API, HttpMethod.GET, "/api/portal/quotes/{quote}", null),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.GET, "/portal/acceptance/tasks/{task}", null),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.POST, "/portal/acceptance/tasks/{task}/steps/1",
                    "result=PASS&note=fine"),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.POST, "/portal/acceptance/tasks/{task}/accept", "comment=ok"),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.POST, "/portal/acceptance/tasks/{task}/reject",
                    "comment=no&defects[0].title=Broken"),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.GET, "/portal/acceptance/records/{record}", null),
            new Endpoint(Owner.C, Kind.PAGE, HttpMethod.POST, "/portal/acceptance/records/{record}/defects/1/change-request",
                    null),
            new Endpoint(Owner.C, Kind.API, HttpMethod.GET, "/api/portal/acceptance/tasks/{task}", null),
            new Endpoint(Owner.C, Kind.API, HttpMethod.POST, "/api/portal/acceptance/tasks/{task}/steps/1",
                    "{\"result\":\"PASS\",\"note\":\"fine\"}"),
            new Endpoint(Owner.C, Kind.API, HttpMethod.POST, "/api/portal/acceptance/tasks/{task}/accept",
                    "{\"comment\":\"ok\"}"),
            new Endpoint(Owner.C, Kind.API, HttpMethod.POST, "/api/portal/acceptance/tasks/{task}/reject",
                    "{\"comment\":\"no\",\"defects\":[{\"title\":\"Broken\",\"description\":null,\"step\":1}]}"),
            new Endpoint(Owner.C, Kind.API, HttpMethod.GET, "/api/portal/acceptance/records/{record}", null),
            new Endpoint(Owner.C, Kind.API, HttpMethod.GET, "/api/portal/acceptance/records/{record}/verification", null),
            new Endpoint(Owner.C, Kind.API, HttpMethod.POST,
                    "/api/portal/acceptance/records/{record}/defects/1/change-request", null));

    /** Lists without ids: reachable, and they never show B's records. */
    static final List<String> LISTS = List.of("/portal", "/portal/orders", "/portal/quotes", "/portal/organisation",
            "/portal/acceptance", "/api/portal/orders", "/api/portal/quotes", "/api/portal/organisation",
            "/api/portal/acceptance/tasks");

    private static final Pattern COUNT = Pattern.compile(
            "\\b\\d+\\s+(orders?|quotes?|tasks?|records?|defects?|acceptances?)\\b", Pattern.CASE_INSENSITIVE);

    @Autowired MockMvc mvc;
    @Autowired PortalFixtures fixtures;
    @Autowired Acceptances acceptances;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPortalEndpointAnswers404ForAnotherCustomersIdsAndRevealsNothing() throws Exception {
        Delivery d = fixtures.acceptance().delivery();
        AcceptanceTask taskB = fixtures.taskForB(d);
        AcceptanceTask rejectedB = fixtures.taskForB(d);
        AcceptanceRecord recordB = fixtures.rejectedRecordForB(d, rejectedB);
        String nameB = jdbc.queryForObject("select name from customer where id = ?", String.class, d.customerB());
        Map<String, Long> idsB = Map.of("order", d.orderB(), "quote", fixtures.quoteOfOrder(d.orderB()),
                "task", taskB.getId(), "record", recordB.getId());
        long writesBefore = writes();

        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            String url = expand(endpoint.path(), idsB);
            MockHttpServletResponse response = mvc.perform(request(endpoint, url).with(as(d.hannahAccount())))
                    .andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() != 404) {
                failures.add(endpoint.method() + " " + url + " answered " + response.getStatus());
            }
            for (String secret : List.of(nameB, d.orderBNumber(), "Victor", "Orchid", taskB.getTitle(),
                    "Seal leaks")) {
                if (body.contains(secret)) {
                    failures.add(endpoint.method() + " " + url + " reveals " + secret);
                }
            }
            if (COUNT.matcher(body).find()) {
                failures.add(endpoint.method() + " " + url + " reveals a count: " + COUNT.matcher(body).results()
                        .map(m -> m.group()).toList());
            }
        }
        for (String list : LISTS) {
            String body = mvc.perform(get(list).with(as(d.hannahAccount()))).andReturn().getResponse()
                    .getContentAsString();
            for (String secret : List.of(nameB, d.orderBNumber(), "Victor", taskB.getTitle())) {
                if (body.contains(secret)) {
                    failures.add("GET " + list + " reveals " + secret);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(writes()).as("nothing written by the refused requests").isEqualTo(writesBefore);
    }

    @Test
    void everyPortalEndpointAnswersForTheCustomersOwnIds() throws Exception {
        Delivery d = fixtures.acceptance().delivery();
        AcceptanceTask open = fixtures.acceptance().task(d);
        AcceptanceTask toReject = fixtures.acceptance().task(d);
        AcceptanceRecord recordA = AcceptanceFixtures.asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask first = acceptances.recordStep(toReject.getId(), toReject.getVersion(), 1, StepResult.PASS, null);
            AcceptanceTask second = acceptances.recordStep(toReject.getId(), first.getVersion(), 2, StepResult.FAIL, "Slow");
            return acceptances.reject(toReject.getId(), second.getVersion(), "Too slow",
                    List.of(new DefectInput("Only 100 packs per minute", null, 2)));
        });
        Map<String, Long> idsA = Map.of("order", d.orderA(), "quote", fixtures.quoteOfOrder(d.orderA()),
                "task", open.getId(), "record", recordA.getId());

        List<String> failures = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            String url = expand(endpoint.path(), idsA);
            if (!mapped(endpoint.method(), url)) {
                if (endpoint.owner() == Owner.P) {
                    failures.add(endpoint.method() + " " + url + " has no handler");
                } else {
                    pending.add(endpoint.method() + " " + endpoint.path());
                }
                continue;
            }
            int status = mvc.perform(request(endpoint, url).with(as(d.hannahAccount()))).andReturn().getResponse()
                    .getStatus();
            if (status == 404) {
                failures.add(endpoint.method() + " " + url + " answered 404 for the customer's own ids");
            }
        }
        for (String list : LISTS) {
            if (mapped(HttpMethod.GET, list)) {
                int status = mvc.perform(get(list).with(as(d.hannahAccount()))).andReturn().getResponse().getStatus();
                if (status != 200) {
                    failures.add("GET " + list + " answered " + status);
                }
            } else {
                pending.add("GET " + list);
            }
        }
        if (!pending.isEmpty()) {
            System.out.println("PortalIsolationTests: own-id checks pending (endpoint not built on this branch): "
                    + pending);
        }
        assertThat(failures).isEmpty();
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String url) {
        if (endpoint.method() == HttpMethod.GET) {
            return get(url);
        }
        MockHttpServletRequestBuilder post = post(url).with(csrf());
        if (endpoint.payload() == null) {
            return post;
        }
        if (endpoint.kind() == Kind.API) {
            return post.contentType(MediaType.APPLICATION_JSON).content(endpoint.payload());
        }
        for (String pair : endpoint.payload().split("&")) {
            String[] parts = pair.split("=", 2);
            post = post.param(parts[0], parts[1]);
        }
        return post;
    }

    /** Whether a handler is mapped for the method and URL on this branch. */
    private boolean mapped(HttpMethod method, String url) {
        PathContainer path = PathContainer.parsePath(url);
        return mappings.getHandlerMethods().keySet().stream().anyMatch(info -> info.getPathPatternsCondition() != null
                && info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(path))
                && (info.getMethodsCondition().getMethods().isEmpty()
                || info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method.name()))));
    }

    private static String expand(String path, Map<String, Long> ids) {
        String url = path;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            url = url.replace("{" + id.getKey() + "}", Long.toString(id.getValue()));
        }
        return url;
    }

    private long writes() {
        return jdbc.queryForObject("select (select count(*) from change_request) + (select count(*) from acceptance_record)"
                + " + (select count(*) from acceptance_defect_change)", Long.class);
    }
}
