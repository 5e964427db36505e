package org.integrationgateway.sales;

import org.integrationgateway.changecontrol.events.ChangeRequestAssessed;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestSnapshot;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The live answer loop's return path: when a change request raised from a quote line is assessed, decided or
 * otherwise moves, the line is brought up to date from the request's current answer ({@link QuoteDesk#refreshAnswer}).
 * Listeners run after the change request's transaction commits, each in a transaction of its own, and are recorded by
 * Spring Modulith's event publication registry, so an answer is not lost if the node stops in between (incomplete
 * publications are resubmitted). Reading the current answer rather than the event's payload makes a repeated or late
 * event harmless. A write racing with the salesperson's own edit of the quote is retried on a fresh copy.
 */
@Component
class QuoteAnswers {

    private static final Logger log = LoggerFactory.getLogger(QuoteAnswers.class);
    private static final int ATTEMPTS = 5;

    private final QuoteDesk desk;

    QuoteAnswers(QuoteDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(ChangeRequestAssessed event) {
        refresh(event.changeRequest());
    }

    @ApplicationModuleListener
    void on(ChangeRequestDecided event) {
        refresh(event.changeRequest());
    }

    @ApplicationModuleListener
    void on(ChangeRequestTransitioned event) {
        refresh(event.changeRequest());
    }

    void refresh(ChangeRequestSnapshot request) {
        QuoteLineReference line = QuoteLineReference.parse(request.sourceKind(), request.sourceReference());
        if (line == null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                desk.refreshAnswer(line.quoteId(), line.lineNumber(), request.id());
                return;
            } catch (ConcurrencyFailureException | org.integrationgateway.shared.ConflictException raced) {
                if (attempt >= ATTEMPTS) {
                    log.warn("Quote {} line {} not updated from CR-{} after {} attempts; the publication stays "
                            + "incomplete and is retried", line.quoteId(), line.lineNumber(), request.id(), attempt);
                    throw raced;
                }
            }
        }
    }

    /** A change request's source when it is a quote line: "quoteId:lineNumber". */
    record QuoteLineReference(long quoteId, int lineNumber) {

        static QuoteLineReference parse(String kind, String reference) {
            if (!"QUOTE_LINE".equals(kind) || reference == null) {
                return null;
            }
            int colon = reference.indexOf(':');
            try {
                return colon < 0 ? null : new QuoteLineReference(Long.parseLong(reference.substring(0, colon)),
                        Integer.parseInt(reference.substring(colon + 1)));
            } catch (NumberFormatException malformed) {
                return null;
            }
        }
    }
}
