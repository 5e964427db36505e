package org.integrationgateway.realtime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.integrationgateway.realtime.CommentTarget;
import org.integrationgateway.realtime.CommentView;
import org.integrationgateway.realtime.Discussions;
import org.integrationgateway.realtime.web.DiscussionApi.CommentResponse;
import org.integrationgateway.realtime.web.DiscussionApi.EditCommentRequest;
import org.integrationgateway.realtime.web.DiscussionApi.PostCommentRequest;
import org.integrationgateway.shared.PageResponse;
import org.integrationgateway.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Discussions", description = "Comment threads on change requests (kind change-request), spec items "
        + "(spec-item) and gate reviews (gate-review). Whoever may read the thing may read and join its discussion; "
        + "an unknown kind or id, or a thing you may not read, answers 404. Texts are Markdown (at most 7,000 "
        + "characters), returned also as safe HTML; @handle mentions the person whose e-mail address starts with "
        + "handle@. Only the author edits a comment (403 otherwise), from the version they saw (409 stale-version).")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class DiscussionApiController {

    private final Discussions discussions;

    DiscussionApiController(Discussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/api/discussions/{kind}/{id}/comments")
    @Operation(summary = "A page of a discussion, oldest comment first",
            description = "page (0-based) and size (1..100, default 20). 404 for an unknown target.")
    PageResponse<CommentResponse> thread(@Parameter(example = "change-request") @PathVariable String kind,
                                         @PathVariable long id, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return PageResponse.of(discussions.thread(CommentTarget.of(kind, id),
                Paging.of(page, size, null, Set.of(), Discussions.ORDER)), CommentResponse::of);
    }

    @PostMapping("/api/discussions/{kind}/{id}/comments")
    @Operation(summary = "Post a comment",
            description = "201 with the comment and its address. 400 for a blank or too long body, 404 for an "
                    + "unknown target, 403 for an account that belongs to no person.")
    ResponseEntity<CommentResponse> post(@Parameter(example = "change-request") @PathVariable String kind,
                                         @PathVariable long id, @RequestBody PostCommentRequest request) {
        CommentView posted = discussions.post(CommentTarget.of(kind, id), request.body());
        return ResponseEntity.created(URI.create("/api/comments/" + posted.id())).body(CommentResponse.of(posted));
    }

    @GetMapping("/api/comments/{id}")
    @Operation(summary = "One comment", description = "404 when unknown or on a thing you may not read.")
    CommentResponse comment(@PathVariable long id) {
        return CommentResponse.of(discussions.comment(id));
    }

    @PatchMapping("/api/comments/{id}")
    @Operation(summary = "Edit your own comment",
            description = "Replaces the text; people newly mentioned are notified. 403 not-author for someone "
                    + "else's comment, 409 stale-version when it changed since version, 400 for a blank or too long "
                    + "body or a missing version.")
    CommentResponse edit(@PathVariable long id, @RequestBody EditCommentRequest request) {
        return CommentResponse.of(discussions.edit(id, request.version(), request.body()));
    }
}
