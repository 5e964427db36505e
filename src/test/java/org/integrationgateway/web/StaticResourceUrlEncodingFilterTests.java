package org.integrationgateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

class StaticResourceUrlEncodingFilterTests {

    private final ResourceUrlProvider provider = mock(ResourceUrlProvider.class);

    private HttpServletResponse filteredResponse() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portfolio/board");
        request.setAttribute(ResourceUrlProvider.class.getName(), provider);
        AtomicReference<HttpServletResponse> seen = new AtomicReference<>();
        new StaticResourceUrlEncodingFilter().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletResponse) res));
        return seen.get();
    }

    @Test
    void aLinkToAPageIsLeftAloneWithoutAskingTheResourceChain() throws Exception {
        assertThat(filteredResponse().encodeURL("/projects/42")).isEqualTo("/projects/42");
        verify(provider, never()).getForRequestUrl(any(HttpServletRequest.class), anyString());
    }

    @Test
    void aLinkToAStaticResourceIsResolvedByTheResourceChain() throws Exception {
        when(provider.getForRequestUrl(any(HttpServletRequest.class), anyString()))
                .thenReturn("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css");
        assertThat(filteredResponse().encodeURL("/webjars/bootstrap/dist/css/bootstrap.min.css"))
                .isEqualTo("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css");
    }

    @Test
    void aStaticLinkTheChainCannotResolveIsLeftAsWritten() throws Exception {
        assertThat(filteredResponse().encodeURL("/js/missing.js")).isEqualTo("/js/missing.js");
    }

    @Test
    void onlyTheStaticPrefixesBelowTheContextPathCount() {
        assertThat(StaticResourceUrlEncodingFilter.isStatic("/app/webjars/x.js", "/app")).isTrue();
        assertThat(StaticResourceUrlEncodingFilter.isStatic("/webjars/x.js", "/app")).isFalse();
        assertThat(StaticResourceUrlEncodingFilter.isStatic("/javascript/x", "")).isFalse();
        assertThat(StaticResourceUrlEncodingFilter.isStatic("/css/app.css", "")).isTrue();
    }
}
