package org.integrationgateway.security;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler method the application maps, one {@link Endpoint} per HTTP method and path pattern, read from
 * Spring's {@link RequestMappingHandlerMapping}: what the authorization matrix must cover.
 */
final class Endpoints {

    static final String OURS = "org.integrationgateway.";

    private Endpoints() {
    }

    /**
     * One mapped operation: method, pattern, the handler, and the conditions a request must meet to reach it
     * (headers, parameters, content type).
     */
    record Endpoint(String method, String pattern, HandlerMethod handler, List<NameValueExpression<String>> headers,
                    List<NameValueExpression<String>> params, Set<MediaType> consumes) {

        String key() {
            return method + " " + pattern;
        }

        boolean ours() {
            return handler.getBeanType().getName().startsWith(OURS);
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean changesState() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        /** The path variables of the pattern, in order, without their regular expressions. */
        List<String> variables() {
            List<String> names = new ArrayList<>();
            for (String segment : pattern.split("/")) {
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    String inner = segment.substring(1, segment.length() - 1);
                    int colon = inner.indexOf(':');
                    names.add(colon < 0 ? inner : inner.substring(0, colon));
                }
            }
            return names;
        }

        /** The handler's parameter annotated with the given annotation, if any. */
        Parameter parameterAnnotated(Class<? extends java.lang.annotation.Annotation> annotation) {
            for (Parameter parameter : handler.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(annotation)) {
                    return parameter;
                }
            }
            return null;
        }
    }

    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            for (String pattern : patterns(info)) {
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, handler,
                            List.copyOf(info.getHeadersCondition().getExpressions()),
                            List.copyOf(info.getParamsCondition().getExpressions()),
                            info.getConsumesCondition().getConsumableMediaTypes()));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }
}
