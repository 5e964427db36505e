package org.integrationgateway.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.integrationgateway.identity.ApiTokenManagement;
import org.integrationgateway.identity.ApiTokenSummary;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.IssuedApiToken;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@RestController
@RequestMapping("/api/account/tokens")
@PreAuthorize("isAuthenticated()")
@Tag(name = "API tokens", description = "Personal API tokens for 'Authorization: Bearer …'")
class ApiTokenApiController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "name");

    private final ApiTokenManagement tokens;

    ApiTokenApiController(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {
    }

    record CreatedToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt, String token) {
    }

    @GetMapping
    @Operation(summary = "List my tokens", description = "Unrevoked tokens, newest first; never their secrets.")
    PageResponse<ApiTokenSummary> list(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) String sort) {
        return PageResponse.of(tokens.list(me().accountId(),
                Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"))), token -> token);
    }

    @PostMapping
    @Operation(summary = "Create a token", description = "The secret is in this response only. expiresInDays 1..366, "
            + "or absent for a token valid until revoked. A token cannot be used to create another one.")
    ResponseEntity<?> create(@Valid @RequestBody CreateTokenRequest request) {
        if (ApiTokenManagement.currentRequestUsesToken()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Sign in to create API tokens; a token cannot create another token.");
            problem.setProperty("code", "token-cannot-create-token");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        IssuedApiToken issued = tokens.create(me().accountId(), request.name(), request.expiresInDays());
        ApiTokenSummary token = issued.token();
        return ResponseEntity.created(URI.create("/api/account/tokens/" + token.id())).body(new CreatedToken(
                token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(), issued.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of my tokens", description = "It stops working at once.")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(me().accountId(), id);
        return ResponseEntity.noContent().build();
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
