package org.integrationgateway.acceptance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteDraft;
import org.integrationgateway.sales.QuoteFixtures;
import org.integrationgateway.sales.SalesPipeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test fixture for the customer portal, on top of {@link AcceptanceFixtures#delivery()}: a quote of customer A whose
 * customisation the project answered with a cost and a board member's comment the customer must never see, the
 * quotes the two orders came from, a task for customer B and B's rejected acceptance record.
 */
@Component
public class PortalFixtures {

    /** The cost delta written on A's answered customisation; never shown in the portal. */
    public static final String SECRET_COST = "98765.43";
    /** A board member's comment written as the answer note of A's customisation; never shown in the portal. */
    public static final String SECRET_COMMENT = "Tom Achebe: margin far too thin, vote no";
    public static final String CUSTOMISATION = "Washdown-rated conveyor for the wet area";

    private final AcceptanceFixtures acceptance;
    private final QuoteDesk desk;
    private final SalesPipeline pipeline;
    private final Acceptances acceptances;
    private final JdbcTemplate jdbc;

    public PortalFixtures(AcceptanceFixtures acceptance, QuoteDesk desk, SalesPipeline pipeline,
                          Acceptances acceptances, JdbcTemplate jdbc) {
        this.acceptance = acceptance;
        this.desk = desk;
        this.pipeline = pipeline;
        this.acceptances = acceptances;
        this.jdbc = jdbc;
    }

    /**
     * A new open quote of customer A with the SPEC-2 option and one customisation, answered FEASIBLE with a price
     * delta of 4,321.00, 12 days, and {@link #SECRET_COST} and {@link #SECRET_COMMENT} on the line.
     */
    public long answeredQuote(Delivery d) {
        long opportunity = ChangeControlFixtures.as(d.shop().carla(), () -> pipeline.create(new OpportunityDraft(
                d.customerA(), d.shop().hannah(), "Second line for Bellamy", OpportunityStage.NEGOTIATION,
                new BigDecimal("50000"), "EUR", null, LocalDate.now().plusMonths(1), null, List.of(d.project()))))
                .getId();
        Quote quote = ChangeControlFixtures.as(d.shop().carla(), () -> {
            Quote q = desk.create(opportunity, new QuoteDraft(d.project(), LocalDate.now().plusDays(30)));
            q = desk.addOption(q.getId(), q.getVersion(), "SPEC-2", 1);
            return desk.addCustomisation(q.getId(), q.getVersion(), QuoteFixtures.customisation(CUSTOMISATION, "8000"));
        });
        // Detached from its change request (and the quote's version moved on), so that a late answer from change
        // control's asynchronous listener cannot overwrite the answer written here.
        jdbc.update("update quote set version = version + 1 where id = ?", quote.getId());
        jdbc.update("update quote_line set change_request = null, answer = 'FEASIBLE', price_delta = 4321.00, cost_delta = " + SECRET_COST
                        + ", cost_currency = 'EUR', schedule_delta_days = 12, answer_note = ?, answered_at = ?"
                        + " where quote = ? and kind = 'CUSTOMISATION'", SECRET_COMMENT, Timestamp.from(Instant.now()),
                quote.getId());
        return quote.getId();
    }

    public long quoteOfOrder(long orderId) {
        return jdbc.queryForObject("select quote from sales_order where id = ?", Long.class, orderId);
    }

    /** An open task for SPEC-1 of customer B's order, assigned to Victor. */
    public AcceptanceTask taskForB(Delivery d) {
        return ChangeControlFixtures.as(d.shop().team().manager(), () -> acceptances.assign(d.project(),
                new TaskDraft(d.orderB(), null, "SPEC-1", "Orchid line acceptance", d.victor(),
                        LocalDate.now().plusDays(7), List.of(new StepInput("Check the clean room seal", "No leaks")))));
    }

    /** Victor runs B's task, fails its step and rejects with one defect: B's rejected record. */
    public AcceptanceRecord rejectedRecordForB(Delivery d, AcceptanceTask task) {
        return AcceptanceFixtures.asCustomer(d.victorAccount(), () -> {
            AcceptanceTask run = acceptances.recordStep(task.getId(), task.getVersion(), 1, StepResult.FAIL, "Leaks");
            return acceptances.reject(task.getId(), run.getVersion(), "Seal leaks",
                    List.of(new DefectInput("Seal leaks at the door", "Visible condensation", 1)));
        });
    }

    public AcceptanceFixtures acceptance() {
        return acceptance;
    }
}
