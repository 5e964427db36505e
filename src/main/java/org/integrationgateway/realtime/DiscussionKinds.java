package org.integrationgateway.realtime;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.ReviewView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The things people discuss today, each read through its owning module's public query service and permission
 * check: change requests, spec items and gate reviews (staff read all three; customer contacts none), and quotes
 * (read by whoever sees the quote's opportunity: its sales team, administrators, PMO and the managers of its
 * projects; {@link QuoteDesk#quote} answers not found to everyone else, so their discussion does not exist for them).
 * Meetings add a {@link DiscussionTargetKind} bean of their own.
 */
@Configuration(proxyBeanMethods = false)
class DiscussionKinds {

    @Bean
    DiscussionTargetKind changeRequestDiscussions(ChangeQueries queries, ChangeControlPermissions permissions) {
        return new Kind(Topics.CHANGE_REQUEST, id -> queries.entries(List.of(id)).stream().findFirst()
                .map(cr -> new DiscussionSubject(CommentTarget.of(Topics.CHANGE_REQUEST, id), cr.projectId(),
                        "CR-" + cr.id() + " " + cr.title(), "/changes/" + cr.id())),
                subject -> permissions.canRead());
    }

    @Bean
    DiscussionTargetKind specItemDiscussions(Specifications specifications, SpecPermissions permissions) {
        return new Kind(Topics.SPEC_ITEM, id -> {
            try {
                SpecItem item = specifications.item(id);
                return Optional.of(new DiscussionSubject(CommentTarget.of(Topics.SPEC_ITEM, id), item.getProject(),
                        item.getItemKey() + " " + item.getTitle(), "/spec-items/" + id));
            } catch (NotFoundException unknown) {
                return Optional.empty();
            }
        }, subject -> permissions.canRead());
    }

    @Bean
    DiscussionTargetKind gateReviewDiscussions(Gatekeeping gatekeeping) {
        return new Kind(Topics.GATE_REVIEW, id -> {
            try {
                ReviewView view = gatekeeping.view(id);
                return Optional.of(new DiscussionSubject(CommentTarget.of(Topics.GATE_REVIEW, id),
                        view.project().getId(), view.project().getCode() + " gate review: " + view.gate().getGateName(),
                        "/gate-reviews/" + id));
            } catch (NotFoundException unknown) {
                return Optional.empty();
            }
        }, subject -> staff());
    }

    @Bean
    DiscussionTargetKind quoteDiscussions(QuoteDesk quotes) {
        return new Kind(Topics.QUOTE, id -> {
            try {
                Quote quote = quotes.quote(id);
                return Optional.of(new DiscussionSubject(CommentTarget.of(Topics.QUOTE, id), quote.getProject(),
                        "Quote " + quote.key(), "/sales/quotes/" + id));
            } catch (NotFoundException | NotPermittedException hidden) {
                return Optional.empty();
            }
        }, subject -> true);
    }

    /** Gate reviews are read by administrators, PMO and staff (as their pages are). */
    private static boolean staff() {
        return CurrentUser.get().map(user -> user.has(Role.ADMINISTRATOR) || user.has(Role.PMO) || user.has(Role.STAFF))
                .orElse(false);
    }

    /** A kind made of its lookup and its read rule. */
    record Kind(String kind, LongFunction<Optional<DiscussionSubject>> finder, Predicate<DiscussionSubject> reader)
            implements DiscussionTargetKind {

        @Override
        public Optional<DiscussionSubject> find(long id) {
            return finder.apply(id);
        }

        @Override
        public boolean mayRead(DiscussionSubject subject) {
            return reader.test(subject);
        }
    }
}
