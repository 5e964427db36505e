package org.integrationgateway.changecontrol;

import org.springframework.data.relational.core.mapping.Table;

/** A link attached to a change request: an http(s) address and what it shows. */
@Table("change_request_link")
public record AttachmentLink(String label, String url) {
}
