package org.integrationgateway.sales;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who started a quote, for the modules that tell people about their own quotes (the inbox, when the project answers a
 * customisation). It checks no permission: it names the person to be told and discloses nothing to the caller's user.
 */
@Component
public class QuoteCreators {

    private final Quotes quotes;

    QuoteCreators(Quotes quotes) {
        this.quotes = quotes;
    }

    /** The person who started the quote, or empty for an unknown quote or one started by an account without a person. */
    @Transactional(readOnly = true)
    public Optional<Long> creatorOf(long quoteId) {
        return quotes.findById(quoteId).map(Quote::getCreatedByPerson);
    }
}
