package org.integrationgateway.organisation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Small helpers of the organisation pages: texts from the message bundle and list addresses with filters. */
@Component
class Pages {

    static final String WRITERS = "hasAnyRole('ADMINISTRATOR','PMO')";

    private final MessageSource messages;

    Pages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The list address with its filter parameters (blank ones left out), to which the pager adds {@code page}. */
    static String listUrl(String path, Object... nameValuePairs) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object value = nameValuePairs[i + 1];
            if (value != null && !value.toString().isBlank()) {
                builder.queryParam((String) nameValuePairs[i], value);
            }
        }
        return builder.encode().build().toUriString();
    }
}
