package org.integrationgateway.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationgateway.identity.events.SsoProviderAdded;
import org.integrationgateway.identity.events.SsoProviderChanged;
import org.integrationgateway.identity.events.SsoProviderRemoved;
import org.integrationgateway.identity.events.SsoProviderSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' configuration of OpenID Connect providers for single sign-on. The issuer must be an https URL
 * (plain http only on localhost and 127.0.0.1, for trials); the provider's discovery document is fetched and checked
 * when a provider is saved, and a provider whose document cannot be read is refused with the reason. The client
 * secret is write-only: it is stored to authenticate this application at the provider and never returned.
 */
@Service
public class SsoProviderAdministration {

    /** A provider offered on the sign-in page. */
    public record SignInOption(String registrationId, String displayName) {
    }

    static final Set<Role> MAPPABLE_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.PMO, Role.STAFF);
    private static final Pattern REGISTRATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_:./-]{1,100}");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final SsoProviders providers;
    private final OidcDiscovery discovery;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SsoProviderAdministration(SsoProviders providers, OidcDiscovery discovery, Clock clock,
                              ApplicationEventPublisher events) {
        this.providers = providers;
        this.discovery = discovery;
        this.clock = clock;
        this.events = events;
    }

    /** The enabled providers, by name, for the sign-in page. */
    @Transactional(readOnly = true)
    public List<SignInOption> signInOptions() {
        return providers.findAllByOrderByDisplayNameAsc().stream().filter(SsoProvider::isEnabled)
                .map(p -> new SignInOption(p.getRegistrationId(), p.getDisplayName())).toList();
    }

    @Transactional(readOnly = true)
    public List<SsoProviderView> list() {
        return providers.findAllByOrderByDisplayNameAsc().stream().map(SsoProvider::view).toList();
    }

    /** @throws NotFoundException if there is no such provider */
    @Transactional(readOnly = true)
    public SsoProviderView get(long id) {
        return load(id).view();
    }

    /**
     * Adds a provider after checking its discovery document.
     *
     * @throws InvalidRequestException if a field is missing or malformed (400)
     * @throws ConflictException       if the registration id is taken (409)
     * @throws RuleViolationException  if the discovery document cannot be read or does not fit (422)
     */
    @Transactional
    public SsoProviderView create(SsoProviderDetails details) {
        SsoProviderDetails checked = check(details, true);
        if (providers.existsByRegistrationId(checked.registrationId())) {
            throw new ConflictException("registration-id-taken", "registrationId",
                    "A provider with the id " + checked.registrationId() + " exists already.");
        }
        checkDiscovery(checked, checked.clientSecret());
        SsoProvider created = providers.save(SsoProvider.create(checked, Instant.now(clock)));
        events.publishEvent(new SsoProviderAdded(created.snapshot(true)));
        return created.view();
    }

    /**
     * Changes a provider; a blank client secret keeps the stored one.
     *
     * @throws ConflictException if {@code version} is not the current version or the new registration id is taken
     */
    @Transactional
    public SsoProviderView change(long id, Long version, SsoProviderDetails details) {
        SsoProvider provider = load(id);
        if (version == null || !Objects.equals(version, provider.getVersion())) {
            throw ConflictException.staleVersion("The sign-in provider");
        }
        SsoProviderDetails checked = check(details, false);
        if (!checked.registrationId().equals(provider.getRegistrationId())
                && providers.existsByRegistrationId(checked.registrationId())) {
            throw new ConflictException("registration-id-taken", "registrationId",
                    "A provider with the id " + checked.registrationId() + " exists already.");
        }
        String secret = checked.clientSecret() == null || checked.clientSecret().isBlank()
                ? provider.getClientSecret() : checked.clientSecret();
        checkDiscovery(checked, secret);
        SsoProviderSnapshot before = provider.snapshot(false);
        provider.apply(checked);
        SsoProvider changed = providers.save(provider);
        boolean secretReplaced = checked.clientSecret() != null && !checked.clientSecret().isBlank();
        events.publishEvent(new SsoProviderChanged(before, changed.snapshot(secretReplaced)));
        return changed.view();
    }

    /** Removes a provider and the links of its identities; accounts stay. */
    @Transactional
    public void delete(long id) {
        SsoProvider provider = load(id);
        providers.delete(provider);
        events.publishEvent(new SsoProviderRemoved(provider.snapshot(false)));
    }

    private SsoProvider load(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("Sign-in provider", id));
    }

    private void checkDiscovery(SsoProviderDetails details, String secret) {
        try {
            discovery.registration(details.registrationId(), details.displayName(), details.issuerUri(),
                    details.clientId(), secret);
        } catch (SsoRefusal ex) {
            throw new RuleViolationException("discovery-failed", "issuerUri", ex.getMessage());
        }
    }

    /** The details trimmed and defaulted; throws on the first field that is wrong. */
    static SsoProviderDetails check(SsoProviderDetails details, boolean secretRequired) {
        if (details == null) {
            throw new InvalidRequestException(null, "Send the provider's details.");
        }
        String registrationId = details.registrationId() == null ? "" : details.registrationId().trim().toLowerCase(Locale.ROOT);
        if (!REGISTRATION_ID.matcher(registrationId).matches()) {
            throw new InvalidRequestException("registrationId",
                    "Enter an id of 1 to 40 lower-case letters, digits and hyphens (it appears in sign-in addresses).");
        }
        String displayName = details.displayName() == null ? "" : details.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new InvalidRequestException("displayName", "Enter a name of at most 100 characters.");
        }
        String issuer = checkIssuer(details.issuerUri());
        String clientId = details.clientId() == null ? "" : details.clientId().trim();
        if (clientId.isEmpty() || clientId.length() > 200) {
            throw new InvalidRequestException("clientId", "Enter the client id of at most 200 characters.");
        }
        String secret = details.clientSecret();
        if (secretRequired && (secret == null || secret.isBlank())) {
            throw new InvalidRequestException("clientSecret", "Enter the client secret.");
        }
        if (secret != null && secret.length() > 500) {
            throw new InvalidRequestException("clientSecret", "The client secret is longer than 500 characters.");
        }
        String emailClaim = claim(details.emailClaim(), "email", "emailClaim");
        String groupsClaim = claim(details.groupsClaim(), "groups", "groupsClaim");
        Map<String, Set<Role>> groupRoles = details.groupRoles() == null ? Map.of() : details.groupRoles();
        for (Map.Entry<String, Set<Role>> entry : groupRoles.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank() || entry.getKey().length() > 200) {
                throw new InvalidRequestException("groupRoles", "Every group name has 1 to 200 characters.");
            }
            if (entry.getValue() == null || entry.getValue().isEmpty()
                    || !MAPPABLE_ROLES.containsAll(entry.getValue())) {
                throw new InvalidRequestException("groupRoles", "Map every group to one or more of the roles "
                        + "ADMINISTRATOR, PMO and STAFF (customer contacts are not mapped from groups).");
            }
        }
        FirstSignIn firstSignIn = details.firstSignIn() == null ? FirstSignIn.LINK_BY_EMAIL : details.firstSignIn();
        Set<Role> defaultRoles = details.defaultRoles() == null || details.defaultRoles().isEmpty()
                ? EnumSet.of(Role.STAFF) : EnumSet.copyOf(details.defaultRoles());
        if (!MAPPABLE_ROLES.containsAll(defaultRoles)) {
            throw new InvalidRequestException("defaultRoles",
                    "Default roles are some of ADMINISTRATOR, PMO and STAFF.");
        }
        return new SsoProviderDetails(registrationId, displayName, issuer, clientId, secret, emailClaim,
                details.requireVerifiedEmail(), groupsClaim, groupRoles, firstSignIn, defaultRoles, details.enabled());
    }

    private static String claim(String value, String fallback, String field) {
        String claim = value == null || value.isBlank() ? fallback : value.trim();
        if (!CLAIM.matcher(claim).matches()) {
            throw new InvalidRequestException(field,
                    "Enter a claim name of at most 100 letters, digits and the characters _ : . / -");
        }
        return claim;
    }

    /** An absolute https URL without query or fragment; http only on localhost and 127.0.0.1. */
    static String checkIssuer(String value) {
        String message = "Enter the issuer as an https:// address without query or fragment "
                + "(http:// only for localhost or 127.0.0.1).";
        if (value == null || value.isBlank() || value.trim().length() > 500) {
            throw new InvalidRequestException("issuerUri", message);
        }
        String issuer = value.trim();
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (URISyntaxException ex) {
            throw new InvalidRequestException("issuerUri", message);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(host);
        if (!uri.isAbsolute() || host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || !("https".equals(scheme) || "http".equals(scheme) && local)) {
            throw new InvalidRequestException("issuerUri", message);
        }
        return issuer;
    }
}
