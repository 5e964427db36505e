package org.integrationgateway.realtime.web;

/** The comment form of a discussion: the Markdown text and, when editing, the version it is based on. */
public class CommentForm {

    private String body;
    private Long version;

    public CommentForm() {
    }

    CommentForm(String body, Long version) {
        this.body = body;
        this.version = version;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
