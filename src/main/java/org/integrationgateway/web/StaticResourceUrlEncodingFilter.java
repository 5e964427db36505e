package org.integrationgateway.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites links to static resources in pages (e.g. {@code /webjars/bootstrap/dist/css/bootstrap.min.css} to the
 * versioned path) like Spring's {@link ResourceUrlEncodingFilter}, which it replaces, but only for links under the
 * static prefixes. Spring's filter asks the resource chain about every link a page builds, and for a link such as
 * {@code /projects/42} that means a miss searched through every static location, jar entries included: the
 * portfolio board's thousand project links took about 1.5 s on their own.
 * <p>
 * Registered for the same dispatches as Spring Boot registers its own (requests and error pages), which it then
 * leaves out.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
            FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                    new FilterRegistrationBean<>(new StaticResourceUrlEncodingFilter());
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }

    static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new StaticLinks(httpRequest, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isStatic(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        String path = url.substring(contextPath.length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static final class StaticLinks extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        StaticLinks(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (isStatic(url, request.getContextPath())
                    && request.getAttribute(ResourceUrlProvider.class.getName()) instanceof ResourceUrlProvider provider) {
                String resolved = provider.getForRequestUrl(request, url);
                return super.encodeURL(resolved != null ? resolved : url);
            }
            return super.encodeURL(url);
        }
    }
}
