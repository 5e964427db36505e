package org.integrationgateway.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The authorization rule of every endpoint. URL rules set the coarse boundary (public, administrator-only,
 * customer portal, staff); controllers refine it with {@code @PreAuthorize}. A customer contact who reaches
 * for anything outside the portal gets 404, so that the existence of other organisations' data is not revealed.
 * Requests authenticate by session (form sign-in, throttled per login name, or OpenID Connect single sign-on
 * through a provider administrators configured) or by a personal API token
 * ({@code Authorization: Bearer}); every request re-checks that its account is still enabled, and a session ends
 * after the absolute timeout however active it is ({@link SessionAgeFilter}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] STAFF_ROLES = {"ADMINISTRATOR", "PMO", "STAFF"};

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Calendar feeds ({@code /calendar/feed/<token>.ics}): calendar apps fetch them by their secret address without
     * signing in, so the token is the authorization (the meetings module answers 404 for an unknown or revoked one).
     * No session is created or read for them, nothing is remembered for a later sign-in, and the usual headers apply.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http
            .securityMatcher("/calendar/feed/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, ApiTokenManagement tokens,
                                            AccountStates accountStates, SessionSettings sessionSettings,
                                            SsoUserService ssoUsers, Clock clock) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(request -> !API.matches(request) && !BEARER.matches(request));
        http
            .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new AccountStatusFilter(accountStates), AnonymousAuthenticationFilter.class)
            .addFilterBefore(new BearerTokenFilter(tokens, clock), AccountStatusFilter.class)
            .addFilterAfter(new SessionAgeFilter(sessionSettings, clock), BearerTokenFilter.class)
            .requestCache(cache -> cache.requestCache(requestCache))
            .authorizeHttpRequests(auth -> auth
                // The async dispatch that ends a live stream (SseEmitter) belongs to a request authorized already;
                // token sign-ins are not re-established on it, so it would be denied after the response was sent.
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
                .requestMatchers("/login", SignInThrottleFilter.THROTTLED_PATH, "/oauth2/authorization/*", "/login/oauth2/code/*", "/setup", "/setup/**", "/error", "/favicon.ico",
                        "/webjars/**", "/css/**", "/js/**", "/images/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMINISTRATOR")
                .requestMatchers("/", "/account/**", "/api/account/**", "/api/stream").authenticated()
                .requestMatchers("/portal/**", "/api/portal/**").hasRole("CUSTOMER_CONTACT")
                .anyRequest().hasAnyRole(STAFF_ROLES))
            .formLogin(form -> form.loginPage("/login")
                .successHandler(signInSucceeded(throttle, requestCache))
                .failureHandler(signInFailed(throttle))
                .permitAll())
            .oauth2Login(oauth -> oauth.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoUsers))
                .successHandler(SingleSignOnConfiguration.signedIn(requestCache))
                .failureHandler(SingleSignOnConfiguration.failed("failed"))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(SingleSignOnConfiguration.failed("unavailable"));
                        return filter;
                    }
                }))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers(BEARER))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                .frameOptions(frame -> frame.deny()))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(apiEntryPoint(), API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .accessDeniedHandler(accessDeniedHandler()));
        return http.build();
    }

    /** A successful sign-in forgets the name's failures, then continues to the page asked for (or home). */
    private static AuthenticationSuccessHandler signInSucceeded(SignInThrottle throttle, HttpSessionRequestCache cache) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        target.setRequestCache(cache);
        return (request, response, authentication) -> {
            throttle.recordSuccess(request.getParameter("username"));
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Every failed sign-in counts against the name that was tried, whether or not an account has it. */
    private static AuthenticationFailureHandler signInFailed(SignInThrottle throttle) {
        SimpleUrlAuthenticationFailureHandler target = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            throttle.recordFailure(request.getParameter("username"));
            target.onAuthenticationFailure(request, response, exception);
        };
    }

    private static AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            writeProblem(response, HttpStatus.UNAUTHORIZED, "Sign in or send a personal API token as 'Authorization: Bearer …'.");
        };
    }

    /**
     * 403, or 404 for a customer contact so that nothing outside the portal is revealed. A missing or wrong CSRF
     * token is 403 for everybody: it reveals nothing, and the person must learn that the form has to be reloaded.
     */
    private static AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                String detail = "The request has no valid CSRF token. Reload the page and try again.";
                if (API.matches(request)) {
                    writeProblem(response, HttpStatus.FORBIDDEN, detail);
                } else {
                    response.sendError(HttpStatus.FORBIDDEN.value(), detail);
                }
                return;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean customer = authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> Role.CUSTOMER_CONTACT.authority().equals(a.getAuthority()));
            HttpStatus status = customer ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
            String detail = customer ? "Nothing was found at this address." : "You are not allowed to do this.";
            if (API.matches(request)) {
                writeProblem(response, status, detail);
            } else {
                response.sendError(status.value(), detail);
            }
        };
    }

    @SuppressFBWarnings(value = "XSS_SERVLET",
            justification = "A JSON problem (not HTML) whose title is the HTTP reason phrase and whose detail is one "
                    + "of the constant messages of the callers.")
    static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

    static boolean isApi(HttpServletRequest request) {
        return API.matches(request);
    }
}
