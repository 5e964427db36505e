package org.integrationgateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.specs.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CommentMarkdownTests {

    static final PersonSummary SOFIA = new PersonSummary(4, "Sofia Marin", "sofia.marin@kestrel.test", 1, "Engineering",
            DepartmentKind.values()[0], null, null);

    final CommentMarkdown markdown = new CommentMarkdown(new MarkdownRenderer());

    @Test
    void scriptsEventHandlersAndScriptLinksNeverReachThePage() {
        String html = markdown.render("""
                **Bold** idea.

                <script>alert('x')</script>
                <img src="x" onerror="alert('y')">

                [click](javascript:alert('z')) @sofia.marin
                """, List.of(SOFIA));
        assertThat(html).contains("<strong>Bold</strong>");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, [onerror], [onclick], a[href^=javascript]")).isEmpty();
        assertThat(page.select("a")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("javascript"));
        assertThat(page.select("span.mention")).hasSize(1);
    }

    @Test
    void mentionsOfMentionedPeopleBecomeBadgesNamingThem() {
        String html = markdown.render("Could @Sofia.Marin check? @nobody too.", List.of(SOFIA));
        assertThat(html).contains("<span class=\"badge rounded-pill text-bg-info mention\" title=\"Sofia Marin\" "
                + "data-person=\"4\">@Sofia.Marin</span>");
        assertThat(html).contains("@nobody too.").doesNotContain(">@nobody<");
    }

    @Test
    void mentionsInCodeStayCode() {
        String html = markdown.render("Use `@sofia.marin` literally", List.of(SOFIA));
        assertThat(html).contains("<code>@sofia.marin</code>").doesNotContain("badge");
    }

    @Test
    void aMentionCannotSmuggleMarkup() {
        PersonSummary hostile = new PersonSummary(9, "<script>alert(1)</script>", "eve@kestrel.test", 1, "Engineering",
                DepartmentKind.values()[0], null, null);
        String html = markdown.render("Hi @eve", List.of(hostile));
        assertThat(html).doesNotContain("<script>").contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }
}
