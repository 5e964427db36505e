package org.integrationgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request id reaches the structured logs: a line logged while a request runs, written by Spring Boot's own
 * Elastic Common Schema encoder (what the {@code json-logs} profile uses), carries {@code http.request.id}, equal to
 * the {@code X-Request-Id} response header; after the request the id is gone from the logging context.
 */
class RequestIdLoggingTests {

    @Test
    void aLineLoggedDuringARequestCarriesItsIdInTheEcsOutput() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (context.getObject(Environment.class.getName()) == null) {
            context.putObject(Environment.class.getName(), new MockEnvironment());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat("ecs");
        encoder.setContext(context);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger("org.integrationgateway.operations.RequestIdLoggingTests.probe");
        logger.addAppender(appender);
        logger.setAdditive(false);
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/projects");
            request.addHeader(RequestIdFilter.HEADER, "edge-1234");
            MockHttpServletResponse response = new MockHttpServletResponse();

            new RequestIdFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(jakarta.servlet.http.HttpServletRequest req,
                                       jakarta.servlet.http.HttpServletResponse res) {
                    logger.info("handling the request");
                }
            }));
            logger.info("after the request");

            String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertThat(lines).hasSize(2);
            JsonNode during = JsonMapper.builder().build().readTree(lines[0]);
            JsonNode after = JsonMapper.builder().build().readTree(lines[1]);
            assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("edge-1234");
            assertThat(during.path("message").asString()).isEqualTo("handling the request");
            assertThat(requestId(during)).as(lines[0]).isEqualTo("edge-1234");
            assertThat(requestId(after)).as(lines[1]).isNull();
            assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
        } finally {
            logger.detachAppender(appender);
            logger.setAdditive(true);
            appender.stop();
        }
    }

    /** The ECS field {@code http.request.id}, written flat or nested. */
    private static String requestId(JsonNode line) {
        JsonNode flat = line.get("http.request.id");
        JsonNode nested = line.path("http").path("request").get("id");
        JsonNode value = flat != null ? flat : nested;
        return value == null ? null : value.asString();
    }

    @Test
    void acceptsOnlyWellFormedIds() {
        assertThat(RequestIdFilter.requestId("abc-DEF_1.2:3")).isEqualTo("abc-DEF_1.2:3");
        assertThat(RequestIdFilter.requestId("x".repeat(64))).hasSize(64);
        assertThat(RequestIdFilter.requestId("x".repeat(65))).hasSize(36);
        assertThat(RequestIdFilter.requestId("with space")).hasSize(36).doesNotContain(" ");
        assertThat(RequestIdFilter.requestId("line\nbreak")).doesNotContain("\n");
        assertThat(RequestIdFilter.requestId("")).hasSize(36);
        assertThat(RequestIdFilter.requestId(null)).hasSize(36);
    }
}
