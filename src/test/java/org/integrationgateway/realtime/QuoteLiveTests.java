package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.integrationgateway.changecontrol.ChangeControl;
import java.util.function.Supplier;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteDraft;
import org.integrationgateway.sales.QuoteFixtures;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.integrationgateway.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Quotes in real time: their discussion is read by whoever sees the quote and by nobody else, a comment on a quote
 * goes on the stream without its text, the quote's events go on the stream as notices of ids and state, and the
 * person who started the quote is told when the project answers a customisation.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class QuoteLiveTests {

    @Autowired QuoteFixtures fixtures;
    @Autowired QuoteDesk desk;
    @Autowired ChangeControl changeControl;
    @Autowired Discussions discussions;
    @Autowired Inbox inbox;
    @Autowired JdbcTemplate jdbc;

    Shop shop;
    Quote quote;

    @BeforeEach
    void setUp() {
        shop = fixtures.shop();
        quote = as(shop.carla(), () -> desk.create(shop.opportunity(), new QuoteDraft(null, null)));
    }

    @Test
    void aQuotesDiscussionIsForThoseWhoSeeTheQuoteAndItsTextStaysOffTheStream() {
        CommentTarget target = CommentTarget.of("quote", quote.getId());
        CommentView posted = as(shop.carla(), () -> discussions.post(target, "Hannah asks for EUR 295,000 all in."));
        assertThat(as(shop.carla(), () -> discussions.subject(target)))
                .extracting(DiscussionSubject::label, DiscussionSubject::url, DiscussionSubject::projectId)
                .containsExactly("Quote " + quote.key(), "/sales/quotes/" + quote.getId(), shop.project());
        assertThat(as(shop.gus(), () -> discussions.thread(target, PageRequest.of(0, 10))).getContent())
                .extracting(CommentView::id).containsExactly(posted.id());
        assertThat(as(shop.team().manager(), () -> discussions.thread(target, PageRequest.of(0, 10))).getContent())
                .hasSize(1);
        as(shop.team().manager(), () -> discussions.post(target, "K7 can deliver in week 40."));

        assertThatThrownBy(() -> as(shop.dana(), () -> discussions.thread(target, PageRequest.of(0, 10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(shop.team().outsider(), () -> discussions.post(target, "Hello")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(shop.team().engineer(), () -> discussions.subject(target)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asUser(shop.customer(), () -> discussions.subject(target)))
                .isInstanceOf(NotFoundException.class);

        List<Map<String, Object>> comments = jdbc.queryForList("select audience, topics, payload from stream_event "
                + "where type = 'comment.posted' and topics like ?", "% quote:" + quote.getId() + " %");
        assertThat(comments).hasSize(2).allSatisfy(row -> {
            assertThat(EventStream.decodeTopics((String) row.get("topics")))
                    .containsExactlyInAnyOrder("project:" + shop.project(), "quote:" + quote.getId());
            assertThat((String) row.get("payload")).contains("\"targetKind\":\"quote\"").doesNotContain("295,000")
                    .doesNotContain("week 40").doesNotContain("body");
        });
    }

    @Test
    void theQuotesCreatorIsToldOfTheAnswerAndTheStreamCarriesNoFigures() {
        Quote asked = as(shop.carla(), () -> desk.addCustomisation(quote.getId(), quote.getVersion(),
                QuoteFixtures.customisation("Conveyor height 1,050 mm instead of 900 mm", "48000")));
        long request = asked.line(1).getChangeRequest();
        as(shop.team().engineer(), () -> changeControl.startAssessment(request, null, null));
        as(shop.team().engineer(), () -> changeControl.assess(request, null, impact("1200", 3, "mechanical")));
        as(shop.team().engineer(), () -> changeControl.completeAssessment(request, null, null));

        Notification told = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> inbox
                .notifications(shop.carla().person(), false, PageRequest.of(0, 50)).getContent().stream()
                .filter(n -> n.link().equals("/sales/quotes/" + quote.getId())).toList(), list -> !list.isEmpty())
                .get(0);
        assertThat(told.kind()).isEqualTo(NotificationKind.DECIDED);
        assertThat(told.urgent()).isFalse();
        assertThat(told.title()).isEqualTo("Quote " + quote.key() + " line 1 is feasible: +EUR 1,900.00, +3 days");
        assertThat(told.source()).isEqualTo("quote:" + quote.getId());
        assertThat(inbox.notifications(shop.carla().person(), false, PageRequest.of(0, 50)).getContent())
                .as("the change request's own decision is not announced twice")
                .noneMatch(n -> n.link().equals("/changes/" + request));

        List<Map<String, Object>> streamed = jdbc.queryForList("select type, audience, topics, payload from stream_event "
                + "where topics like ? order by id", "% quote:" + quote.getId() + " %");
        assertThat(streamed).extracting(row -> row.get("type"))
                .contains("quote.created", "quote.line-added", "quote.line-answered");
        assertThat(streamed).allSatisfy(row -> {
            assertThat(row.get("audience")).isEqualTo("INTERNAL");
            assertThat(EventStream.decodeTopics((String) row.get("topics")))
                    .containsExactlyInAnyOrder("quote:" + quote.getId(), "project:" + shop.project(), "pipeline");
            assertThat((String) row.get("payload")).doesNotContain("1900").doesNotContain("48000")
                    .doesNotContain("total").doesNotContain("customer");
        });
        assertThat(streamed.stream().filter(row -> row.get("type").equals("quote.line-answered"))
                .map(row -> row.get("payload").toString()).filter(payload -> payload.contains("\"answer\":\"FEASIBLE\""))
                .findFirst()).hasValueSatisfying(payload -> assertThat(payload).contains("\"lineNumber\":1")
                        .contains("\"state\":\"READY\""));
    }

    @Test
    void theProjectsAssessorsAndBoardAreToldAtOnceThatACustomerIsWaiting() {
        Quote asked = as(shop.carla(), () -> desk.addCustomisation(quote.getId(), quote.getVersion(),
                QuoteFixtures.customisation("Conveyor height 1,050 mm instead of 900 mm", "48000")));
        long request = asked.line(1).getChangeRequest();
        for (long person : List.of(shop.team().engineer().person(), shop.team().manager().person(),
                shop.team().tom().person())) {
            assertThat(inbox.notifications(person, false, PageRequest.of(0, 50)).getContent())
                    .filteredOn(n -> n.link().equals("/changes/" + request)).singleElement().satisfies(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.DECISION_NEEDED);
                        assertThat(n.urgent()).isTrue();
                        assertThat(n.title()).startsWith("A customer is waiting for your answer: CR-" + request);
                    });
        }
        for (long person : List.of(shop.team().marketer().person(), shop.carla().person())) {
            assertThat(inbox.notifications(person, false, PageRequest.of(0, 50)).getContent())
                    .noneMatch(n -> n.link().equals("/changes/" + request));
        }
    }

    static <T> T asUser(CurrentUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
