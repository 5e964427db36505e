package org.integrationgateway.specs;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The offer catalogue: the standard options of a project's current design baseline, so that a quote offers only
 * what the current design contains. Read without a permission check: the sales module shows it to the people it
 * lets quote.
 */
@Service
public class OfferCatalogue {

    /** The priced options of the project's latest baseline, by item key. */
    public Offer offer(long projectId) {
        throw new UnsupportedOperationException("being built");
    }

    /** One option of the project's latest baseline by key (case-insensitive), if it is offered. */
    public Optional<OfferOption> option(long projectId, String itemKey) {
        throw new UnsupportedOperationException("being built");
    }
}
