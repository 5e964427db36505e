package org.integrationgateway.operations;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Adds the request id ({@link RequestIdFilter}) to every problem detail the API answers, as {@code requestId}. */
@ControllerAdvice
class RequestIdProblems implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String id = MDC.get(RequestIdFilter.MDC_KEY);
            Map<String, Object> properties = problem.getProperties();
            if (id != null && (properties == null || !properties.containsKey("requestId"))) {
                problem.setProperty("requestId", id);
            }
        }
        return body;
    }
}
