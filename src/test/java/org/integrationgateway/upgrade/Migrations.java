package org.integrationgateway.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Flyway migration scripts on the class path ({@code db/migration} and every {@code db/vendor/<database>}), and the
 * expand-only rule for the ones added since a release: no statement that takes away or changes something a node of
 * the previous release uses, unless the script is an explicit contract step ({@code V…__contract_….sql}).
 */
final class Migrations {

    /** A script's file name marks it as a contract step with this after the version's {@code __}. */
    static final String CONTRACT_MARK = "__contract_";

    private static final Pattern FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

    /** Statements that a node of the previous release may break on; {@code name}: what the rule says. */
    private static final List<Rule> RULES = List.of(
            new Rule("drops a table", "\\bdrop\\s+table\\b"),
            new Rule("drops a column", "\\bdrop\\s+column\\b"),
            new Rule("drops a column",
                    "\\balter\\s+table\\s+[\\w.\"]+\\s+drop\\s+(?!constraint\\b|index\\b|default\\b|not\\b)\\w"),
            new Rule("drops a column default", "\\balter\\s+column\\s+[\\w\"]+\\s+drop\\s+default\\b"),
            new Rule("renames a table or column", "\\brename\\b"),
            new Rule("changes a column's type", "\\balter\\s+column\\s+[\\w\"]+\\s+(set\\s+data\\s+)?type\\b"),
            new Rule("changes a column's type", "\\bmodify\\s+column\\b"),
            new Rule("makes a column not null", "\\balter\\s+column\\s+[\\w\"]+\\s+set\\s+not\\s+null\\b"),
            new Rule("drops a sequence or view", "\\bdrop\\s+(sequence|view)\\b"),
            new Rule("empties a table", "\\btruncate\\b"));

    private static final Pattern ADD_COLUMN = Pattern.compile(
            "\\badd\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?(?!constraint\\b|primary\\b|unique\\b|foreign\\b"
                    + "|check\\b)([\\w\"]+)\\s+([^,;]*)",
            Pattern.CASE_INSENSITIVE);

    private record Rule(String name, Pattern pattern) {
        Rule(String name, String regex) {
            this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    /** One script: its location, file name and version ({@code 1.14.1}). */
    record Script(String location, String fileName, String version, String sql) {

        boolean contractStep() {
            return fileName.contains(CONTRACT_MARK);
        }
    }

    private Migrations() {
    }

    /** Every versioned script on the class path, in version order. */
    static List<Script> onClassPath() {
        List<Script> scripts = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*.sql")) {
                String url = resource.getURL().toString();
                String location = url.substring(url.lastIndexOf("/db/") + 1, url.lastIndexOf('/'));
                Matcher name = FILE.matcher(resource.getFilename());
                if (name.matches()) {
                    scripts.add(new Script(location, resource.getFilename(), name.group(1).replace('_', '.'),
                            resource.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scripts.sort(Comparator.comparing(Script::version, Migrations::compareVersions)
                .thenComparing(Script::location));
        return scripts;
    }

    /** Compares dotted versions numerically: {@code 1.9.1 < 1.10.1}. */
    static int compareVersions(String a, String b) {
        long[] left = Arrays.stream(a.split("\\.")).mapToLong(Long::parseLong).toArray();
        long[] right = Arrays.stream(b.split("\\.")).mapToLong(Long::parseLong).toArray();
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? left[i] : 0;
            long r = i < right.length ? right[i] : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    /** The expand-only rules {@code sql} breaks (empty when it only expands); a contract step is not checked. */
    static List<String> contractingStatements(String sql) {
        String code = withoutComments(sql);
        List<String> found = new ArrayList<>();
        for (String statement : code.split(";")) {
            String text = statement.strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                continue;
            }
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(text).find()) {
                    found.add(rule.name() + ": " + abbreviate(text));
                }
            }
            if (text.toLowerCase(Locale.ROOT).startsWith("alter table")) {
                Matcher added = ADD_COLUMN.matcher(text);
                while (added.find()) {
                    String definition = added.group(2).toLowerCase(Locale.ROOT);
                    if (definition.contains("not null") && !definition.contains("default")
                            && !definition.contains("generated")) {
                        found.add("adds a not null column without a default: " + abbreviate(text));
                    }
                }
            }
        }
        return found;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ").replaceAll("'(?:[^']|'')*'", "''");
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
