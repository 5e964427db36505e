package org.integrationgateway.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.integrationgateway.identity.AccountChange;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.NewAccount;
import org.integrationgateway.identity.PasswordResetResult;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.UserAccountDetails;
import org.integrationgateway.identity.UserAccountQuery;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration over the API; administrators only. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Users", description = "Administrators manage sign-in accounts and their system roles")
class UserAdminApiController {

    private static final Set<String> SORTABLE = Set.of("displayName", "email", "createdAt");

    private final AccountManagement accounts;

    UserAdminApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record CreateUserRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 128) String password,
            @NotEmpty Set<@NotNull Role> roles,
            @Positive Long customerOrganisation) {
    }

    record UpdateUserRequest(
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            @Positive Long customerOrganisation,
            @NotNull Long version) {
    }

    record VersionRequest(Long version) {
    }

    record PasswordRequest(@Size(max = 128) String password, Boolean generate, Long version) {
    }

    record PasswordResponse(UserAccountDetails account, String generatedPassword) {
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "Filter by part of the name or e-mail (q), role and enabled; "
            + "sort by displayName, email or createdAt.")
    PageResponse<UserAccountDetails> list(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) Role role,
                                          @RequestParam(required = false) Boolean enabled,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @Parameter(description = "displayName|email|createdAt[,asc|desc]")
                                          @RequestParam(required = false) String sort) {
        return PageResponse.of(accounts.search(new UserAccountQuery(q, role, enabled),
                Paging.of(page, size, sort, SORTABLE, Sort.by("displayName"))), account -> account);
    }

    @PostMapping
    @Operation(summary = "Create an account", description = "The password must have 12 to 128 characters and not be "
            + "the e-mail. A customer contact has only that role and a customerOrganisation id.")
    ResponseEntity<UserAccountDetails> create(@Valid @RequestBody CreateUserRequest request) {
        long id = accounts.createAccount(new NewAccount(request.email(), request.displayName(), request.password(),
                request.roles(), request.customerOrganisation()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + id)).body(accounts.find(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    UserAccountDetails get(@PathVariable long id) {
        return accounts.find(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change name, roles and customer organisation",
            description = "Send the version you read; a stale version answers 409 and changes nothing.")
    UserAccountDetails update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
        return accounts.update(id, new AccountChange(request.displayName(), request.roles(),
                request.customerOrganisation(), request.version()));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account", description = "Its sessions and API tokens stop working at once. "
            + "An optional body {\"version\": n} makes the request fail with 409 if the account changed.")
    UserAccountDetails disable(@PathVariable long id, @RequestBody(required = false) VersionRequest request) {
        return accounts.disable(id, request == null ? null : request.version());
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    UserAccountDetails enable(@PathVariable long id, @RequestBody(required = false) VersionRequest request) {
        return accounts.enable(id, request == null ? null : request.version());
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Reset the password", description = "Either {\"password\": \"…\"} or {\"generate\": true}; "
            + "a generated password is in the response this one time. The account's sessions end.")
    PasswordResponse resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
        boolean generate = Boolean.TRUE.equals(request.generate());
        if (generate == (request.password() != null)) {
            throw new InvalidRequestException("password", "Send either a password or \"generate\": true.");
        }
        PasswordResetResult result = accounts.resetPassword(id, generate ? null : request.password(), request.version());
        return new PasswordResponse(result.account(), result.generatedPassword());
    }
}
