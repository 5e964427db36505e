package org.integrationgateway.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads a provider's OpenID Connect discovery document ({@code <issuer>/.well-known/openid-configuration}) with
 * short timeouts, checks that it names the configured issuer, and builds the client registration from it.
 */
@Component
class OidcDiscovery {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final RestClient http;

    OidcDiscovery() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** The discovery document's address for an issuer. */
    static String documentUri(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return base + "/.well-known/openid-configuration";
    }

    /**
     * The client registration of a provider, from its discovery document.
     *
     * @throws SsoRefusal with a message fit for the administrator when the document cannot be read or does not fit
     */
    ClientRegistration registration(String registrationId, String displayName, String issuer, String clientId,
                                    String clientSecret) {
        Map<String, Object> document = fetch(issuer);
        if (!issuer.equals(document.get("issuer"))) {
            throw new SsoRefusal("unavailable", "The discovery document at " + documentUri(issuer)
                    + " names a different issuer (" + document.get("issuer") + "); enter the issuer exactly as the"
                    + " provider publishes it.");
        }
        try {
            return ClientRegistrations.fromOidcConfiguration(document)
                    .registrationId(registrationId)
                    .clientName(displayName)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .scope("openid", "profile", "email")
                    .redirectUri(REDIRECT_URI)
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        } catch (RuntimeException ex) {
            throw new SsoRefusal("unavailable", "The discovery document at " + documentUri(issuer)
                    + " is not a usable OpenID Connect provider configuration (it needs the authorization, token and"
                    + " key set endpoints and the authorization code flow).");
        }
    }

    private Map<String, Object> fetch(String issuer) {
        try {
            Map<String, Object> document = http.get().uri(URI.create(documentUri(issuer)))
                    .accept(MediaType.APPLICATION_JSON).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            if (document == null) {
                throw new SsoRefusal("unavailable", "The discovery document at " + documentUri(issuer) + " is empty.");
            }
            return document;
        } catch (SsoRefusal ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new SsoRefusal("unavailable", "The discovery document at " + documentUri(issuer)
                    + " could not be read (no answer, an error status or not JSON). Check the issuer address and that"
                    + " this server can reach the provider.");
        }
    }
}
