package org.integrationgateway.realtime;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @handle} mentions in Markdown: {@code @} followed by a person's e-mail local part
 * ({@code @sofia.marin}). A handle starts and ends with a letter or digit (so a full stop after it ends the
 * sentence), the {@code @} must not follow a letter, digit or full stop (so an e-mail address is no mention), and
 * handles inside code spans and fenced code blocks are not mentions. Handles are compared in lower case; at most
 * {@link #MAX_MENTIONS} per text.
 */
final class MentionParser {

    static final int MAX_MENTIONS = 20;

    /** The mention syntax; group 1 is the handle. */
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+@-])@([A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?)");

    private static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?(^ {0,3}\\1[^\\n]*$|\\z)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1|(`+)\\2", Pattern.DOTALL);

    private MentionParser() {
    }

    /** The distinct handles mentioned in {@code markdown}, lower case, in order of first mention. */
    static Set<String> handles(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        if (markdown == null || markdown.isBlank()) {
            return handles;
        }
        String prose = CODE_SPAN.matcher(FENCED.matcher(markdown).replaceAll(" ")).replaceAll(" ");
        Matcher matcher = MENTION.matcher(prose);
        while (matcher.find() && handles.size() < MAX_MENTIONS) {
            handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return handles;
    }

    /** The handle of an e-mail address: its local part in lower case. */
    static String handleOf(String email) {
        int at = email.lastIndexOf('@');
        return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
    }
}
