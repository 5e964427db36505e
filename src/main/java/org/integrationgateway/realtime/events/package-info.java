/**
 * Past-tense events of discussions: a comment posted or edited. Each is an audited change and carries what
 * consumers (the inbox, webhooks) need without calling back: the target and its label and page, the author, the
 * Markdown text and the people mentioned (on an edit, only those newly mentioned).
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.realtime.events;
