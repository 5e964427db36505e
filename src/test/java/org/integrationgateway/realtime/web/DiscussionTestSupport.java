package org.integrationgateway.realtime.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Team;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.support.JsonApiRequests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared set-up of the discussion tests: a started project with its team (Sofia manages, Lena engineers, Olga is
 * staff outside it), people's e-mail addresses made into handles ({@code sofia.marin.<run>}), and one of each thing
 * people discuss: a change request, a spec item and a gate review.
 */
abstract class DiscussionTestSupport extends JsonApiRequests {

    @Autowired ChangeControlFixtures fixtures;
    @Autowired ChangeControl changeControl;
    @Autowired Specifications specifications;
    @Autowired Gatekeeping gatekeeping;

    Team team;
    String run;
    long changeRequest;
    long specItem;
    long gateReview;

    void setUpTeam() {
        team = fixtures.team(true);
        run = UUID.randomUUID().toString().substring(0, 8);
        handle(team.manager(), "sofia.marin");
        handle(team.engineer(), "lena.vogt");
        handle(team.outsider(), "olga.outside");
        changeRequest = ChangeControlFixtures.as(team.seller(), () -> changeControl.raise(team.id(),
                ChangeControlFixtures.draft("Conveyor height 1,050 mm", Origin.SALES, ChangeClass.NORMAL, null), false))
                .getId();
        specItem = ChangeControlFixtures.as(team.engineer(), () -> specifications.create(team.id(),
                new ItemContent("Frame height", "900 mm", "mechanical", ItemPriority.MUST, "Measured.",
                        ItemStatus.APPROVED, null, null, null), "First draft")).getId();
        gateReview = ChangeControlFixtures.as(team.manager(), () -> gatekeeping.schedule(team.id(),
                LocalDate.now().plusDays(2), team.tom().person(), null)).getId();
    }

    /** Gives the member the e-mail address {@code <name>.<run>@kestrel.test}; returns the handle. */
    String handle(Member member, String name) {
        String handle = name + "." + run;
        jdbc.update("update person set email = ? where id = ?", handle + "@kestrel.test", member.person());
        return handle;
    }

    String handleOf(String name) {
        return name + "." + run;
    }

    String comments(String kind, long id) {
        return "/api/discussions/" + kind + "/" + id + "/comments";
    }

    static String body(String text) {
        return "{\"body\":" + quote(text) + "}";
    }

    static String edit(String text, long version) {
        return "{\"body\":" + quote(text) + ",\"version\":" + version + "}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    long comment(String kind, long id, String text, Member by) throws Exception {
        String created = send(post(comments(kind, id)), body(text), by).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    long versionOf(long comment) {
        return jdbc.queryForObject("select version from discussion_comment where id = ?", Long.class, comment);
    }

    List<String> streamTypes(String topic) {
        return jdbc.queryForList("select type from stream_event where topics like ? order by append_seq", String.class,
                "% " + topic + " %");
    }
}
