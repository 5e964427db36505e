package org.integrationgateway.identity;

import java.time.Duration;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie that Spring Session writes, configured from {@code server.servlet.session.cookie.*} in every
 * deployment (Boot does so only on its embedded server). Unset attributes keep secure defaults: HttpOnly and
 * SameSite=Lax; Secure follows {@code GATEWAY_SECURE_COOKIE}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    DefaultCookieSerializer cookieSerializer(ServerProperties server) {
        Cookie cookie = server.getServlet().getSession().getCookie();
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        if (cookie.getName() != null) {
            serializer.setCookieName(cookie.getName());
        }
        if (cookie.getDomain() != null) {
            serializer.setDomainName(cookie.getDomain());
        }
        if (cookie.getPath() != null) {
            serializer.setCookiePath(cookie.getPath());
        }
        serializer.setUseHttpOnlyCookie(!Boolean.FALSE.equals(cookie.getHttpOnly()));
        serializer.setUseSecureCookie(Boolean.TRUE.equals(cookie.getSecure()));
        Cookie.SameSite sameSite = cookie.getSameSite();
        serializer.setSameSite((sameSite == null ? Cookie.SameSite.LAX : sameSite).attributeValue());
        Duration maxAge = cookie.getMaxAge();
        if (maxAge != null) {
            serializer.setCookieMaxAge((int) maxAge.getSeconds());
        }
        return serializer;
    }
}
