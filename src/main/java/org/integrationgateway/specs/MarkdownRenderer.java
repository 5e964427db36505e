package org.integrationgateway.specs;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders an item's Markdown body to HTML that is safe to put on a page, in two independent layers: the renderer
 * escapes raw HTML in the Markdown (so {@code <script>} or {@code <img onerror>} show as text) and drops link and
 * image targets other than http(s) and mailto ({@code javascript:}, {@code data:}, {@code vbscript:}); then the
 * result is cleaned against an allow-list (text formatting, headings, lists, block quotes, tables, code and
 * http(s)/mailto links, no images, no attributes but a link's target and a table cell's alignment) so no script,
 * style or event handler ever reaches a page. Links open with {@code rel="nofollow noopener noreferrer"}.
 * Supports CommonMark with GitHub-style tables.
 */
@Component("markdown")
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
                    "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                    "tr", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(false);

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    /** Safe HTML for {@code markdown}; empty for null or blank. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false)).strip();
    }
}
