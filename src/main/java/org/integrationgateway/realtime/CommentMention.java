package org.integrationgateway.realtime;

import org.springframework.data.relational.core.mapping.Table;

/** A person a comment's current text mentions. */
@Table("discussion_mention")
record CommentMention(long person) {
}
