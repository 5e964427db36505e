package org.integrationgateway.sales.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.OpportunityRow;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesAccounts.AccountDetail;
import org.integrationgateway.sales.SalesAccounts.AccountSummary;
import org.integrationgateway.sales.SalesViewer;
import org.integrationgateway.sales.StageChange;
import org.integrationgateway.sales.StageMove;
import org.integrationgateway.sales.StageTotals;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * The JSON bodies of the sales API. Amounts are JSON numbers with at most two decimals, currencies ISO 4217 codes,
 * dates ISO dates; totals are always per currency, never summed across currencies.
 */
final class SalesApi {

    private SalesApi() {
    }

    record Ref(long id, String name) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    @Schema(description = "Count, value and weighted value of the opportunities of one stage in one currency")
    record Totals(OpportunityStage stage, String currency, long count, BigDecimal total, BigDecimal weighted) {

        static Totals of(StageTotals t) {
            return new Totals(t.stage(), t.currency(), t.count(), t.total(), t.weighted());
        }
    }

    @Schema(description = "A new opportunity. ownerId: default the signed-in sales rep (administrators and PMO name "
            + "a sales rep); stage: an open stage, default PROSPECT; probability: default the stage's "
            + "(10/25/50/75)")
    record OpportunityBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long customerId, Long contactId,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, OpportunityStage stage,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency, Integer probability,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate expectedClose, Long ownerId,
                           List<Long> projectIds) {

        OpportunityDraft draft() {
            return new OpportunityDraft(customerId, contactId, title, stage, value, currency, probability, expectedClose,
                    ownerId, projectIds);
        }
    }

    @Schema(description = "The new details of an open opportunity (replaces every field but the stage), with the "
            + "version they are based on. A different ownerId reassigns it (owner, administrators and PMO only).")
    record ChangeBody(Long customerId, Long contactId, String title, BigDecimal value, String currency,
                      Integer probability, LocalDate expectedClose, Long ownerId, List<Long> projectIds,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        OpportunityDraft draft() {
            return new OpportunityDraft(customerId, contactId, title, null, value, currency, probability, expectedClose,
                    ownerId, projectIds);
        }
    }

    @Schema(description = "A move to another stage. probability overrides the stage's default (open stages); "
            + "lostReason is required for LOST; expectedClose is needed to reopen when the old date has passed.")
    record StageBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OpportunityStage stage, Integer probability,
                     String lostReason, LocalDate expectedClose,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        StageMove move() {
            return new StageMove(stage, probability, lostReason, expectedClose);
        }
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "Send the version your change is based on.");
        }
        return version;
    }

    record OpportunityItem(long id, String key, Ref customer, String title, OpportunityStage stage, Money value,
                           int probability, Money weightedValue, LocalDate expectedClose, boolean overdue, Ref owner,
                           long version) {

        static OpportunityItem of(OpportunityRow row, Names names, LocalDate today) {
            return new OpportunityItem(row.id(), row.key(), names.customer(row.customerId()), row.title(), row.stage(),
                    new Money(row.value(), row.currency()), row.probability(),
                    new Money(row.weightedValue(), row.currency()), row.expectedClose(), row.isOverdue(today),
                    names.person(row.ownerId()), row.version());
        }
    }

    record HistoryItem(OpportunityStage from, OpportunityStage to, int probability, Money value, Money weightedValue,
                       String by, Instant at) {

        static HistoryItem of(StageChange change) {
            return new HistoryItem(change.fromStage(), change.toStage(), change.probability(),
                    new Money(change.value(), change.currency()), new Money(change.weightedValue(), change.currency()),
                    change.changedBy(), change.changedAt());
        }
    }

    record ProjectRef(long id, String code, String name) {
    }

    @Schema(description = "An opportunity with its projects, stage history and what the signed-in person may do")
    record OpportunityResponse(long id, String key, Ref customer, Ref contact, String title, OpportunityStage stage,
                               Money value, int probability, Money weightedValue, LocalDate expectedClose,
                               boolean overdue, Ref owner, List<ProjectRef> projects, String lostReason,
                               Instant createdAt, String createdBy, Instant closedAt, List<HistoryItem> history,
                               @Schema(description = "EDIT (details and stage), REASSIGN, REOPEN") List<String> actions,
                               long version) {

        static OpportunityResponse of(Opportunity o, Names names, Map<Long, Project> projects, SalesViewer viewer,
                                      LocalDate today) {
            List<String> actions = new ArrayList<>();
            if (viewer.mayEdit(o)) {
                if (o.getStage().isOpen()) {
                    actions.add("EDIT");
                    if (viewer.actor().mayReassign(o.getOwner())) {
                        actions.add("REASSIGN");
                    }
                } else if (viewer.actor().mayReopen(o.getOwner())) {
                    actions.add("REOPEN");
                }
            }
            return new OpportunityResponse(o.getId(), o.key(), names.customer(o.getCustomer()),
                    o.getContact() == null ? null : names.contact(o.getContact()), o.getTitle(), o.getStage(),
                    new Money(o.getValue(), o.getCurrency()), o.getProbability(),
                    new Money(o.weightedValue(), o.getCurrency()), o.getExpectedClose(), o.isOverdue(today),
                    names.person(o.getOwner()), o.getProjectIds().stream().map(projects::get)
                    .filter(java.util.Objects::nonNull).map(p -> new ProjectRef(p.getId(), p.getCode(), p.getName()))
                    .toList(), o.getLostReason(), o.getCreatedAt(), o.getCreatedBy(), o.getClosedAt(),
                    o.getStageChanges().stream().map(HistoryItem::of).toList(), actions, o.getVersion());
        }
    }

    @Schema(description = "The pipeline: per open stage and per currency the count, value and weighted value; the "
            + "same for WON and LOST")
    record PipelineResponse(List<Totals> open, List<Totals> won, List<Totals> lost) {

        static PipelineResponse of(List<StageTotals> totals) {
            return new PipelineResponse(
                    totals.stream().filter(t -> t.stage().isOpen()).map(Totals::of).toList(),
                    totals.stream().filter(t -> t.stage() == OpportunityStage.WON).map(Totals::of).toList(),
                    totals.stream().filter(t -> t.stage() == OpportunityStage.LOST).map(Totals::of).toList());
        }
    }

    record AccountItem(long id, String name, String industry, long contactCount, long openOpportunities,
                       List<Totals> openTotals) {

        static AccountItem of(AccountSummary summary) {
            CustomerView c = summary.customer();
            return new AccountItem(c.id(), c.name(), c.industry(), c.contactCount(), summary.openCount(),
                    summary.openTotals().stream().map(t -> new Totals(null, t.currency(), t.count(), t.total(),
                            t.weighted())).toList());
        }
    }

    record ContactItem(long id, String fullName, String email, String phone, String jobTitle) {

        static ContactItem of(ContactView c) {
            return new ContactItem(c.id(), c.fullName(), c.email(), c.phone(), c.jobTitle());
        }
    }

    record AccountResponse(long id, String name, String industry, String website, List<ContactItem> contacts,
                           List<OpportunityItem> opportunities, List<Totals> totals) {

        static AccountResponse of(AccountDetail detail, Names names, LocalDate today) {
            CustomerView c = detail.customer();
            return new AccountResponse(c.id(), c.name(), c.industry(), c.website(),
                    detail.contacts().stream().map(ContactItem::of).toList(),
                    detail.opportunities().stream().map(row -> OpportunityItem.of(row, names, today)).toList(),
                    detail.totals().stream().map(Totals::of).toList());
        }
    }

    /** Names of the customers, contacts and people a response mentions. */
    record Names(Map<Long, String> customers, Map<Long, String> contacts, Map<Long, PersonSummary> people) {

        Ref customer(long id) {
            return new Ref(id, customers.getOrDefault(id, "#" + id));
        }

        Ref contact(long id) {
            return new Ref(id, contacts.getOrDefault(id, "#" + id));
        }

        Ref person(long id) {
            PersonSummary p = people.get(id);
            return new Ref(id, p == null ? "#" + id : p.fullName());
        }

        /** The names of the customers and people of {@code rows} (one lookup each). */
        static Names of(org.integrationgateway.sales.SalesPipeline pipeline, List<OpportunityRow> rows) {
            return new Names(pipeline.customerNames(rows.stream().map(OpportunityRow::customerId).toList()), Map.of(),
                    pipeline.peopleById(rows.stream().map(OpportunityRow::ownerId).toList()));
        }

        /** The names an opportunity's page mentions. */
        static Names of(org.integrationgateway.sales.SalesPipeline pipeline, Opportunity o) {
            return new Names(pipeline.customerNames(List.of(o.getCustomer())),
                    contactNames(pipeline.contactsOf(o.getCustomer())), pipeline.peopleById(List.of(o.getOwner())));
        }

        static Map<Long, String> contactNames(List<ContactView> contacts) {
            Map<Long, String> names = new TreeMap<>();
            contacts.forEach(c -> names.put(c.id(), c.fullName()));
            return names;
        }
    }
}
