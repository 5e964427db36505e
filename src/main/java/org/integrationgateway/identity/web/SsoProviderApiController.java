package org.integrationgateway.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.identity.FirstSignIn;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.SsoProviderAdministration;
import org.integrationgateway.identity.SsoProviderDetails;
import org.integrationgateway.identity.SsoProviderView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Single sign-on providers over the API; administrators only. The client secret is write-only. */
@RestController
@RequestMapping("/api/admin/sso-providers")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Single sign-on", description = "Administrators configure OpenID Connect providers for sign-in")
class SsoProviderApiController {

    private final SsoProviderAdministration providers;

    SsoProviderApiController(SsoProviderAdministration providers) {
        this.providers = providers;
    }

    /** A provider to add or change; {@code version} is required for a change. */
    record ProviderRequest(
            @Schema(description = "Lower-case letters, digits and hyphens; used in the sign-in addresses",
                    example = "acme") @Size(max = 40) String registrationId,
            @Schema(description = "Shown on the sign-in page as 'Sign in with …'", example = "Acme SSO")
            @Size(max = 100) String displayName,
            @Schema(description = "https:// issuer (http:// only for localhost); its discovery document is fetched "
                    + "and checked when saving (422 when it fails)", example = "https://login.example.com/realms/acme")
            @Size(max = 500) String issuerUri,
            @Schema(description = "The client id registered at the provider", example = "integration-gateway")
            @Size(max = 200) String clientId,
            @Schema(description = "Write-only; required when adding, omit or leave empty to keep the stored one",
                    accessMode = Schema.AccessMode.WRITE_ONLY) @Size(max = 500) String clientSecret,
            @Schema(description = "The claim with the e-mail address (default email)") @Size(max = 100)
            String emailClaim,
            @Schema(description = "Whether email_verified must be true to link or create an account (default true)")
            Boolean requireVerifiedEmail,
            @Schema(description = "The claim with the groups (default groups)") @Size(max = 100) String groupsClaim,
            @Schema(description = "Group name to system roles (ADMINISTRATOR, PMO, STAFF); when not empty the "
                    + "account's roles are set from its groups at every sign-in",
                    example = "{\"gateway-admins\": [\"ADMINISTRATOR\"], \"pmo\": [\"PMO\"]}")
            Map<String, Set<Role>> groupRoles,
            @Schema(description = "First sign-in of an identity not linked yet (default LINK_BY_EMAIL)")
            FirstSignIn firstSignIn,
            @Schema(description = "Roles of created accounts and of people in no mapped group (default STAFF)")
            Set<Role> defaultRoles,
            @Schema(description = "Offered on the sign-in page (default true)") Boolean enabled,
            @Schema(description = "The version you read (required for a change)") Long version) {

        SsoProviderDetails details() {
            return new SsoProviderDetails(registrationId, displayName, issuerUri, clientId, clientSecret, emailClaim,
                    requireVerifiedEmail == null || requireVerifiedEmail, groupsClaim, groupRoles, firstSignIn,
                    defaultRoles, enabled == null || enabled);
        }
    }

    @GetMapping
    @Operation(summary = "List sign-in providers", description = "By name; the client secret is never returned.")
    List<SsoProviderView> list() {
        return providers.list();
    }

    @PostMapping
    @Operation(summary = "Add a sign-in provider", description = "400 for a malformed field, 409 for a taken "
            + "registrationId, 422 when the issuer's discovery document cannot be read or does not fit.")
    ResponseEntity<SsoProviderView> create(@Valid @RequestBody ProviderRequest request) {
        SsoProviderView created = providers.create(request.details());
        return ResponseEntity.created(URI.create("/api/admin/sso-providers/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One sign-in provider")
    SsoProviderView get(@PathVariable long id) {
        return providers.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a sign-in provider", description = "Send the version you read (409 when stale); "
            + "an empty clientSecret keeps the stored one. Changes apply to the next sign-in on every node.")
    SsoProviderView change(@PathVariable long id, @Valid @RequestBody ProviderRequest request) {
        return providers.change(id, request.version(), request.details());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a sign-in provider", description = "Accounts stay; their links to this provider go.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        providers.delete(id);
        return ResponseEntity.noContent().build();
    }
}
