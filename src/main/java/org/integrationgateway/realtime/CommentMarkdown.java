package org.integrationgateway.realtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.specs.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * A comment's text as safe HTML: the shared Markdown renderer (raw HTML escaped, unsafe links dropped, the result
 * cleaned against an allow-list), then each mention of a person the comment mentions marked as a badge that names
 * them. Mentions are marked by building elements, never by pasting text into HTML, and not inside code or links.
 */
@Component
class CommentMarkdown {

    private final MarkdownRenderer markdown;

    CommentMarkdown(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    String render(String body, Collection<PersonSummary> mentioned) {
        String html = markdown.render(body);
        if (mentioned.isEmpty() || html.isEmpty()) {
            return html;
        }
        Map<String, PersonSummary> byHandle = mentioned.stream().collect(Collectors.toMap(
                person -> MentionParser.handleOf(person.email()), Function.identity(), (a, b) -> a));
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (TextNode text : textNodes(document.body())) {
            if (!insideCodeOrLink(text)) {
                mark(text, byHandle);
            }
        }
        return document.body().html();
    }

    private static boolean insideCodeOrLink(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("code") || name.equals("pre") || name.equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static List<TextNode> textNodes(Element root) {
        return root.select("*").stream().flatMap(element -> element.textNodes().stream()).toList();
    }

    private static void mark(TextNode text, Map<String, PersonSummary> byHandle) {
        String value = text.getWholeText();
        Matcher matcher = MentionParser.MENTION.matcher(value);
        int from = 0;
        Node cursor = text;
        boolean changed = false;
        while (matcher.find()) {
            PersonSummary person = byHandle.get(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            if (person == null) {
                continue;
            }
            TextNode before = new TextNode(value.substring(from, matcher.start()));
            cursor.after(before);
            cursor = before;
            Element badge = new Element("span").addClass("badge").addClass("rounded-pill").addClass("text-bg-info")
                    .addClass("mention").attr("title", person.fullName()).attr("data-person", String.valueOf(person.id()))
                    .text(matcher.group());
            cursor.after(badge);
            cursor = badge;
            from = matcher.end();
            changed = true;
        }
        if (changed) {
            cursor.after(new TextNode(value.substring(from)));
            text.remove();
        }
    }
}
