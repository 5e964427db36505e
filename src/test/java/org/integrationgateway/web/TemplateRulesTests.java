package org.integrationgateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps. Thymeleaf applies {@code th:insert}/{@code th:replace} before {@code th:if} and
 * {@code th:unless} on the same element, so a condition there is silently ignored (an empty state shown under a full
 * list): the condition goes on an enclosing {@code th:block}.
 */
class TemplateRulesTests {

    private static final Pattern CONDITION_WITH_INCLUSION = Pattern.compile(
            "<[a-zA-Z]+[^>]*\\sth:(if|unless)=\"[^\"]*\"[^>]*\\sth:(replace|insert)=|"
                    + "<[a-zA-Z]+[^>]*\\sth:(replace|insert)=\"[^\"]*\"[^>]*\\sth:(if|unless)=");

    @Test
    void noElementCombinesAConditionWithAFragmentInclusion() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    if (CONDITION_WITH_INCLUSION.matcher(lines.get(i)).find()) {
                        offenders.add(template + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).as("conditions ignored by Thymeleaf").isEmpty();
    }
}
