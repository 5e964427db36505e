package org.integrationgateway.specs;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders an item's Markdown body to HTML that is safe to put on a page: raw HTML in the Markdown is escaped by the
 * renderer, unsafe link targets are dropped, and the result is cleaned against an allow-list (text formatting,
 * lists, tables, code, headings and http(s)/mailto links) so no script, style or event handler ever reaches a page.
 */
@Component("markdown")
public class MarkdownRenderer {

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .removeProtocols("a", "href", "ftp").addAttributes("a", "rel")
            .preserveRelativeLinks(false);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Safe HTML for {@code markdown}; empty for null or blank. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, ALLOWED);
    }
}
