package org.integrationgateway.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown of spec items: what people write renders; nothing hostile reaches the page. */
class MarkdownRendererTests {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script>",
                "Before <script src=\"https://evil.example/x.js\"></script> after",
                "<img src=x onerror=alert(1)>",
                "![pic](x \"t\" onerror=alert(1))",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](  javascript:alert(1) )",
                "[x](java&#115;cript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<div onclick=\"alert(1)\">raw block</div>\n\n<iframe src=\"https://evil.example\"></iframe>",
                "<style>body{display:none}</style>",
                "<svg onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "<javascript:alert(1)>",
                "`<script>` in code is fine\n\n```html\n<script>alert(1)</script>\n```",
                "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void noScriptEventHandlerOrUnsafeUrlSurvives(String hostile) {
        String html = markdown.render(hostile);
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, style, iframe, img, svg, object, embed, form, input, details, div")).isEmpty();
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
            }
        }
        assertThat(body.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("(?i)(https?|mailto):.*"));
    }

    @Test
    void rawHtmlShowsAsTextInsteadOfRunning() {
        String html = markdown.render("<script>alert(1)</script>");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(markdown.render("[x](javascript:alert(1))")).isEqualTo("<p><a rel=\"nofollow noopener noreferrer\">x</a></p>");
    }

    @Test
    void listsEmphasisLinksTablesAndCodeRender() {
        String html = markdown.render("""
                ## Washdown

                The enclosure is **IP69K** and *stainless*:

                1. 316L contact parts
                2. Electropolished

                - hygienic design
                - see [EHEDG](https://www.ehedg.org/guidelines "Guidelines") or <mailto:eng@example.test>

                | Part | Material |
                |:-----|---------:|
                | Hopper | 316L |

                Use `torque = 12 Nm` and

                ```
                if (seal) { clean(); }
                ```

                > Quoted requirement
                """);
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("h2").text()).isEqualTo("Washdown");
        assertThat(body.select("strong").text()).isEqualTo("IP69K");
        assertThat(body.select("em").text()).isEqualTo("stainless");
        assertThat(body.select("ol > li")).hasSize(2);
        assertThat(body.select("ul > li")).hasSize(2);
        Element link = body.selectFirst("a[href^=https]");
        assertThat(link.attr("href")).isEqualTo("https://www.ehedg.org/guidelines");
        assertThat(link.attr("title")).isEqualTo("Guidelines");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(body.select("a[href^=mailto]").attr("href")).isEqualTo("mailto:eng@example.test");
        assertThat(body.select("table thead th")).extracting(Element::text).containsExactly("Part", "Material");
        assertThat(body.select("table tbody td")).extracting(Element::text).containsExactly("Hopper", "316L");
        assertThat(body.select("th").get(1).attr("align")).isEqualTo("right");
        assertThat(body.select("p > code").text()).isEqualTo("torque = 12 Nm");
        assertThat(body.select("pre > code").text()).isEqualTo("if (seal) { clean(); }");
        assertThat(body.select("blockquote").text()).isEqualTo("Quoted requirement");
    }

    @Test
    void blankIsEmpty() {
        assertThat(markdown.render(null)).isEmpty();
        assertThat(markdown.render("  \n")).isEmpty();
    }
}
