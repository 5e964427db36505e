package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.draft;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.impact;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.AssignmentTerms;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectRole;
import org.integrationgateway.stagegate.Gatekeeping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox against a real database and a real SMTP server (GreenMail): which events notify whom (never the person
 * acting), once per trigger, committed with their cause and streamed to the person's topic; e-mail after commit,
 * at once for urgent notifications of people who are not online, otherwise in a digest, per person's settings.
 * Runs on H2 and on PostgreSQL.
 */
abstract class InboxFlowContract {

    /** Urgent e-mail leaves right after the commit (the worker is woken); its interval pass is an hour away. */
    static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gateway.mail.from", () -> "gateway@kestrel.test");
        registry.add("gateway.mail.base-url", () -> "https://gateway.kestrel.test");
        registry.add("gateway.mail.interval", () -> "1h");
        registry.add("gateway.inbox.overdue-check", () -> "1h");
    }

    @Autowired ChangeControlFixtures fixtures;
    @Autowired PortfolioFixtures portfolio;
    @Autowired TestUsers users;
    @Autowired ChangeControl changeControl;
    @Autowired Gatekeeping gatekeeping;
    @Autowired ProjectMatrix matrix;
    @Autowired Inbox inbox;
    @Autowired MailDelivery mail;
    @Autowired InboxOverdueCheck overdueCheck;
    @Autowired Presence presence;
    @Autowired MailSettings mailSettings;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        mail.deliver(Instant.now().plus(Duration.ofDays(400)));
        SMTP.purgeEmailFromAllMailboxes();
    }

    // ---- triggers -------------------------------------------------------------------------------------------------

    @Test
    void administratorsWhoArePeopleAreToldWhatNeedsTheirAttentionOnce() {
        long department = portfolio.department("ENGINEERING");
        long administrator = portfolio.person("Ada Admin", department, users.create(Role.ADMINISTRATOR).accountId());
        long staff = portfolio.person("Sam Staff", department, users.create(Role.STAFF).accountId());
        String trigger = "disabled-" + UUID.randomUUID();

        List<Long> added = transactions.execute(status -> inbox.notifyAdministrators("Webhook endpoint disabled",
                "/admin/webhooks/1", "webhook-endpoint:1", trigger));
        List<Long> again = transactions.execute(status -> inbox.notifyAdministrators("Webhook endpoint disabled",
                "/admin/webhooks/1", "webhook-endpoint:1", trigger));

        assertThat(added).hasSize(1);
        assertThat(again).isEmpty();
        Notification notice = inbox.notifications(administrator, false, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(notice.kind()).isEqualTo(NotificationKind.ATTENTION);
        assertThat(notice.urgent()).isTrue();
        assertThat(notice.link()).isEqualTo("/admin/webhooks/1");
        assertThat(inbox.notifications(staff, false, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void aChangeAwaitingDecisionNotifiesTheBoardButNotWhoeverSentIt() {
        Team team = fixtures.team(true);
        ChangeRequest raised = awaitingDecision(team, team.engineer());
        assertThat(kinds(team.manager(), raised)).containsExactly(NotificationKind.DECISION_NEEDED);
        assertThat(kinds(team.tom(), raised)).containsExactly(NotificationKind.DECISION_NEEDED);
        assertThat(kinds(team.ines(), raised)).containsExactly(NotificationKind.DECISION_NEEDED);
        assertThat(kinds(team.engineer(), raised)).isEmpty();
        assertThat(kinds(team.seller(), raised)).isEmpty();
        Notification notification = only(team.tom(), raised);
        assertThat(notification.title()).isEqualTo("Decision needed: CR-" + raised.getId() + " " + raised.getTitle());
        assertThat(notification.link()).isEqualTo("/changes/" + raised.getId());
        assertThat(notification.projectId()).isEqualTo(team.id());
        assertThat(notification.urgent()).isTrue();
        assertThat(notification.unread()).isTrue();

        ChangeRequest sentByManager = awaitingDecision(team, team.manager());
        assertThat(kinds(team.manager(), sentByManager)).isEmpty();
        assertThat(kinds(team.tom(), sentByManager)).containsExactly(NotificationKind.DECISION_NEEDED);
    }

    @Test
    void aDecisionNotifiesTheRequesterUnlessTheyDecidedIt() {
        Team team = fixtures.team(true);
        ChangeRequest sellers = awaitingDecision(team, team.engineer());
        as(team.tom(), () -> changeControl.vote(sellers.getId(), VoteChoice.APPROVE, null, null));
        ChangeRequest approved = as(team.ines(), () -> changeControl.vote(sellers.getId(), VoteChoice.APPROVE, null, null));
        assertThat(approved.getState()).isEqualTo(ChangeState.APPROVED);
        Notification decided = inboxOf(team.seller()).stream()
                .filter(n -> n.kind() == NotificationKind.DECIDED).findFirst().orElseThrow();
        assertThat(decided.title()).isEqualTo("CR-" + sellers.getId() + " " + sellers.getTitle() + " was approved");
        assertThat(decided.urgent()).isFalse();
        assertThat(kinds(team.ines(), sellers)).containsExactly(NotificationKind.DECISION_NEEDED);

        ChangeRequest managers = as(team.manager(), () -> changeControl.raise(team.id(),
                draft("Manager's own change", Origin.INTERNAL, ChangeClass.NORMAL, null), true));
        as(team.engineer(), () -> changeControl.assess(managers.getId(), null, impact("100", 1, "mechanical")));
        as(team.engineer(), () -> changeControl.completeAssessment(managers.getId(), null, null));
        as(team.tom(), () -> changeControl.vote(managers.getId(), VoteChoice.REJECT, null, null));
        ChangeRequest rejected = as(team.manager(), () -> changeControl.vote(managers.getId(), VoteChoice.REJECT, null, null));
        assertThat(rejected.getState()).isEqualTo(ChangeState.REJECTED);
        assertThat(kinds(team.manager(), managers)).containsExactly(NotificationKind.DECISION_NEEDED);
        assertThat(kinds(team.tom(), managers)).containsExactly(NotificationKind.DECISION_NEEDED);
    }

    @Test
    void aStandardChangeTheEnvelopeApprovesNeedsNoDecisionAndTellsTheRequester() {
        Team team = fixtures.team(true);
        fixtures.envelope(team);
        ChangeRequest raised = as(team.seller(), () -> changeControl.raise(team.id(),
                draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.STANDARD, null), true));
        as(team.engineer(), () -> changeControl.assess(raised.getId(), null, impact("1200", 3, "mechanical")));
        as(team.engineer(), () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(kinds(team.manager(), raised)).isEmpty();
        assertThat(kinds(team.tom(), raised)).isEmpty();
        assertThat(kinds(team.seller(), raised)).containsExactly(NotificationKind.DECIDED);
    }

    @Test
    void anEmergencyNeedsADecisionFromSubmissionOnceAndUrgently() {
        Team team = fixtures.team(true);
        ChangeRequest emergency = as(team.engineer(), () -> changeControl.raise(team.id(),
                draft("Seal failure on line 2", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));
        assertThat(only(team.tom(), emergency).title()).startsWith("Emergency change needs a decision: CR-");
        as(team.engineer(), () -> changeControl.assess(emergency.getId(), null, impact("100", 1, "mechanical")));
        as(team.engineer(), () -> changeControl.completeAssessment(emergency.getId(), null, null));
        assertThat(kinds(team.tom(), emergency)).containsExactly(NotificationKind.DECISION_NEEDED);
        as(team.tom(), () -> changeControl.vote(emergency.getId(), VoteChoice.APPROVE, null, null));
        as(team.ines(), () -> changeControl.vote(emergency.getId(), VoteChoice.APPROVE, null, null));
        Notification decided = only(team.engineer(), emergency);
        assertThat(decided.kind()).isEqualTo(NotificationKind.DECIDED);
        assertThat(decided.urgent()).isTrue();
    }

    @Test
    void aScheduledGateReviewNeedsItsGatekeepers() {
        Team team = fixtures.team(true);
        long reviewId = as(team.manager(), () -> gatekeeping.schedule(team.id(), LocalDate.now().plusDays(3),
                team.manager().person(), List.of(team.tom().person(), team.ines().person(), team.manager().person())))
                .getId();
        String source = Topics.gateReview(reviewId);
        for (Member keeper : List.of(team.tom(), team.ines())) {
            Notification notification = inboxOf(keeper).stream().filter(n -> n.source().equals(source)).findFirst()
                    .orElseThrow();
            assertThat(notification.kind()).isEqualTo(NotificationKind.DECISION_NEEDED);
            assertThat(notification.link()).isEqualTo("/gate-reviews/" + reviewId);
            assertThat(notification.title()).contains(team.code()).contains("gatekeeper");
        }
        assertThat(inboxOf(team.manager())).noneMatch(n -> n.source().equals(source));
    }

    @Test
    void anAssignmentTellsTheAssignedPerson() {
        Team team = fixtures.team(true);
        as(team.manager(), () -> matrix.assign(team.id(), team.outsider().person(), new AssignmentTerms(
                ProjectRole.DESIGNER, 20, LocalDate.now(), LocalDate.now().plusMonths(3))));
        Notification assigned = inboxOf(team.outsider()).get(0);
        assertThat(assigned.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(assigned.title()).isEqualTo("You were assigned to " + team.code() + " Project " + team.code()
                + " as designer");
        assertThat(assigned.link()).isEqualTo("/projects/" + team.id());
        assertThat(assigned.urgent()).isFalse();
    }

    @Test
    void mentionsNotifyEachPersonOncePerTriggerAndNeverTheAuthor() {
        Team team = fixtures.team(true);
        String comment = UUID.randomUUID().toString();
        List<Long> mentioned = List.of(team.tom().person(), team.seller().person(), team.marketer().person());
        List<Long> first = as(team.marketer(), () -> transactions.execute(status -> inbox.notifyMentioned(mentioned,
                "Priya mentioned you on CR-9", "/changes/9#comment-1", team.id(), "change-request:9", comment)));
        List<Long> again = as(team.marketer(), () -> transactions.execute(status -> inbox.notifyMentioned(mentioned,
                "Priya mentioned you on CR-9", "/changes/9#comment-1", team.id(), "change-request:9", comment)));
        assertThat(first).hasSize(2);
        assertThat(again).isEmpty();
        assertThat(inboxOf(team.tom())).extracting(Notification::kind).containsExactly(NotificationKind.MENTIONED);
        assertThat(inboxOf(team.marketer())).isEmpty();
        transactions.execute(status -> inbox.notifyMentioned(List.of(team.tom().person()), "Edited mention",
                "/changes/9#comment-2", team.id(), "change-request:9", UUID.randomUUID()));
        assertThat(inbox.unreadCount(team.tom().person())).isEqualTo(2);
    }

    @Test
    void overdueRequestsNotifyTheirBoardOnce() {
        Team team = fixtures.team(true);
        ChangeRequest waiting = awaitingDecision(team, team.engineer());
        assertThat(overdueCheck.run()).isZero();
        jdbc.update("update change_request set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(12))), waiting.getId());
        assertThat(overdueCheck.run()).isEqualTo(3);
        assertThat(overdueCheck.run()).isZero();
        assertThat(kinds(team.tom(), waiting))
                .containsExactlyInAnyOrder(NotificationKind.DECISION_NEEDED, NotificationKind.OVERDUE);
        assertThat(inboxOf(team.tom()).get(0).title()).startsWith("Overdue decision: CR-" + waiting.getId());
    }

    @Test
    void everyNotificationIsAPersonalStreamEventOnThePersonsTopic() {
        Team team = fixtures.team(true);
        ChangeRequest raised = awaitingDecision(team, team.engineer());
        Notification notification = only(team.tom(), raised);
        List<Map<String, Object>> events = jdbc.queryForList("select type, audience, person_id, project_id, topics,"
                + " payload from stream_event where type = 'inbox.notification' and person_id = ?", team.tom().person());
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event.get("audience")).isEqualTo("PERSON");
        assertThat(((Number) event.get("project_id")).longValue()).isEqualTo(team.id());
        assertThat(EventStream.decodeTopics((String) event.get("topics"))).containsExactly("person:" + team.tom().person());
        assertThat((String) event.get("payload")).contains("\"id\":" + notification.id())
                .contains("\"kind\":\"DECISION_NEEDED\"").contains("\"unread\":1");
    }

    @Test
    void aRolledBackChangeLeavesNoNotificationAndNoMail() throws Exception {
        Team team = fixtures.team(true);
        transactions.executeWithoutResult(status -> {
            inbox.notify(List.of(team.tom().person()), NotificationKind.DECISION_NEEDED, "Never committed",
                    "/changes/1", team.id(), "change-request:1", "x", true);
            status.setRollbackOnly();
        });
        assertThat(inboxOf(team.tom())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stream_event where person_id = ?", Integer.class,
                team.tom().person())).isZero();
        assertThat(mail.deliver()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void readingMarksOneOrAllAndCountsWhatIsLeft() {
        Team team = fixtures.team(true);
        awaitingDecision(team, team.engineer());
        awaitingDecision(team, team.engineer());
        long tom = team.tom().person();
        assertThat(inbox.unreadCount(tom)).isEqualTo(2);
        Notification first = inboxOf(team.tom()).get(1);
        assertThat(inbox.markRead(tom, first.id()).unread()).isFalse();
        assertThat(inbox.unreadCount(tom)).isEqualTo(1);
        assertThat(inbox.notifications(tom, true, PageRequest.of(0, 10)).getContent()).hasSize(1)
                .noneMatch(n -> n.id() == first.id());
        assertThat(inbox.markAllRead(tom)).isEqualTo(1);
        assertThat(inbox.unreadCount(tom)).isZero();
        assertThat(inbox.notifications(tom, false, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    // ---- e-mail ---------------------------------------------------------------------------------------------------

    @Test
    void anUrgentNotificationIsMailedAtOnceToPeopleWhoAreNotOnline() throws Exception {
        Team team = fixtures.team(true);
        onlineOnAnotherNode(team.tom());
        inbox.changeSettings(team.ines().person(), EmailMode.OFF, DigestFrequency.DAILY);
        ChangeRequest raised = awaitingDecision(team, team.engineer());

        await().atMost(MAIL_WAIT).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(mail.deliver()).as("the woken worker sent it already").isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).extracting(m -> recipients(m) + " " + subject(m)).hasSize(1);
        MimeMessage message = received[0];
        assertThat(recipients(message)).containsExactly(emailOf(team.manager()));
        assertThat(message.getFrom()[0].toString()).isEqualTo("gateway@kestrel.test");
        assertThat(message.getSubject()).isEqualTo("Integration Gateway: Decision needed: CR-" + raised.getId() + " "
                + raised.getTitle());
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("https://gateway.kestrel.test/changes/" + raised.getId());
        assertThat(only(team.manager(), raised).emailedAt()).isNotNull();
        assertThat(only(team.tom(), raised).emailedAt()).isNull();

        assertThat(mail.deliver()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anUrgentNotificationIsMailedRightAfterItsCommitNotAtTheNextInterval() throws Exception {
        assertThat(mailSettings.interval()).as("the worker's safety-net pass is an hour away").isEqualTo(Duration.ofHours(1));
        Team team = fixtures.team(true);
        ChangeRequest emergency = as(team.engineer(), () -> changeControl.raise(team.id(),
                draft("Seal failure on line 3", Origin.INTERNAL, ChangeClass.EMERGENCY, null), true));

        await().atMost(MAIL_WAIT).until(() -> SMTP.getReceivedMessages().length == 3);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(message -> recipients(message).stream()))
                .containsExactlyInAnyOrder(emailOf(team.manager()), emailOf(team.tom()), emailOf(team.ines()));
        assertThat(SMTP.getReceivedMessages()).allMatch(message -> subject(message).startsWith(
                "Integration Gateway: Emergency change needs a decision: CR-" + emergency.getId()));
        await().atMost(MAIL_WAIT).until(() -> only(team.tom(), emergency).emailedAt() != null);
        assertThat(mail.deliver()).as("nothing left for the next pass").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void theRestComesAsOneDigestPerPersonWhenItIsDue() throws Exception {
        Team team = fixtures.team(true);
        inbox.changeSettings(team.ines().person(), EmailMode.OFF, DigestFrequency.HOURLY);
        inbox.changeSettings(team.tom().person(), EmailMode.DIGEST_ONLY, DigestFrequency.HOURLY);
        transactions.executeWithoutResult(status -> inbox.notifyMentioned(List.of(team.tom().person(),
                        team.ines().person(), team.seller().person()), "Lena mentioned you on CR-7", "/changes/7",
                team.id(), "change-request:7", "comment-" + UUID.randomUUID()));
        ChangeRequest raised = awaitingDecision(team, team.engineer());

        await().atMost(MAIL_WAIT).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(recipients(SMTP.getReceivedMessages()[0])).as("only the manager's urgent e-mail")
                .containsExactly(emailOf(team.manager()));
        assertThat(mail.deliver()).as("digests are not due yet").isZero();
        SMTP.purgeEmailFromAllMailboxes();

        assertThat(mail.deliver(Instant.now().plus(Duration.ofMinutes(61)))).isEqualTo(1);
        MimeMessage digest = SMTP.getReceivedMessages()[0];
        assertThat(recipients(digest)).containsExactly(emailOf(team.tom()));
        assertThat(digest.getSubject()).isEqualTo("Integration Gateway: 2 unread notifications");
        assertThat(GreenMailUtil.getBody(digest)).contains("Lena mentioned you on CR-7")
                .contains("Decision needed: CR-" + raised.getId());
        SMTP.purgeEmailFromAllMailboxes();

        assertThat(mail.deliver(Instant.now().plus(Duration.ofHours(25)))).isEqualTo(1);
        assertThat(recipients(SMTP.getReceivedMessages()[0])).containsExactly(emailOf(team.seller()));
        assertThat(mail.deliver(Instant.now().plus(Duration.ofDays(3)))).isZero();
        assertThat(inboxOf(team.ines())).allMatch(n -> n.emailedAt() == null);
    }

    @Test
    void peopleOnlineGetNoDigestUntilTheyAreGone() throws Exception {
        Team team = fixtures.team(true);
        transactions.executeWithoutResult(status -> inbox.notifyMentioned(List.of(team.seller().person()),
                "Mentioned", "/changes/7", team.id(), "change-request:7", UUID.randomUUID()));
        presence.seen(team.seller().person());
        assertThat(mail.deliver(Instant.now().plus(Duration.ofDays(2)))).isZero();
        jdbc.update("delete from stream_presence where person_id = ?", team.seller().person());
        assertThat(mail.deliver(Instant.now().plus(Duration.ofDays(2)))).isEqualTo(1);
        assertThat(recipients(SMTP.getReceivedMessages()[0])).containsExactly(emailOf(team.seller()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A normal change raised by the seller and sent for decision by {@code assessor}. */
    ChangeRequest awaitingDecision(Team team, Member assessor) {
        ChangeRequest raised = as(team.seller(), () -> changeControl.raise(team.id(),
                draft("Washdown enclosure " + UUID.randomUUID().toString().substring(0, 6), Origin.SALES,
                        ChangeClass.NORMAL, null), true));
        as(assessor, () -> changeControl.assess(raised.getId(), null, impact("18000", 15, "material")));
        ChangeRequest waiting = as(assessor, () -> changeControl.completeAssessment(raised.getId(), null, null));
        assertThat(waiting.getState()).isEqualTo(ChangeState.AWAITING_DECISION);
        return waiting;
    }

    List<Notification> inboxOf(Member member) {
        return inbox.notifications(member.person(), false, PageRequest.of(0, 100)).getContent();
    }

    List<NotificationKind> kinds(Member member, ChangeRequest request) {
        return inboxOf(member).stream().filter(n -> n.source().equals("change-request:" + request.getId()))
                .map(Notification::kind).toList();
    }

    Notification only(Member member, ChangeRequest request) {
        List<Notification> about = inboxOf(member).stream()
                .filter(n -> n.source().equals("change-request:" + request.getId())).toList();
        assertThat(about).hasSize(1);
        return about.get(0);
    }

    /**
     * Marks the person online with a stream on another node: this node's keep-alive replaces only its own presence
     * records, so it cannot take them offline in the middle of the test.
     */
    void onlineOnAnotherNode(Member member) {
        jdbc.update("insert into stream_presence (node_id, person_id, seen_at) values (?, ?, ?)",
                "other-node-" + UUID.randomUUID(), member.person(), java.sql.Timestamp.from(Instant.now()));
    }

    String emailOf(Member member) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, member.person());
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
