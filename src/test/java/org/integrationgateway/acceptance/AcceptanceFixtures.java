package org.integrationgateway.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.integrationgateway.changecontrol.ChangeControlFixtures;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.sales.Acceptance;
import org.integrationgateway.sales.OpportunityDraft;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteDraft;
import org.integrationgateway.sales.QuoteFixtures;
import org.integrationgateway.sales.QuoteFixtures.Shop;
import org.integrationgateway.sales.SalesOrder;
import org.integrationgateway.sales.SalesPipeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test fixture for the portal and acceptance: the {@link QuoteFixtures#shop()} world (project with baseline "Design
 * freeze": SPEC-1 K7 base line, SPEC-2 Servo film feeder, SPEC-3 Conveyor frame, SPEC-4 Label printer in USD; Sofia
 * the manager, Lena the engineer, Carla the rep) where customer A (Bellamy Foods) has booked an order for SPEC-1 and
 * SPEC-2 (its variant made on the baseline) and Hannah, its contact, has a portal account linked to her contact
 * record; plus a second contact of A with portal access (Peter), and customer B (Orchid Pharma) with contact Victor,
 * his portal account and B's own order for SPEC-1 on the same project. Every call makes fresh ones.
 */
@Component
public class AcceptanceFixtures {

    private final QuoteFixtures quotes;
    private final QuoteDesk desk;
    private final SalesPipeline pipeline;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final Acceptances acceptances;

    public AcceptanceFixtures(QuoteFixtures quotes, QuoteDesk desk, SalesPipeline pipeline, TestUsers users,
                              JdbcTemplate jdbc, Acceptances acceptances) {
        this.quotes = quotes;
        this.desk = desk;
        this.pipeline = pipeline;
        this.users = users;
        this.jdbc = jdbc;
        this.acceptances = acceptances;
    }

    public Delivery delivery() {
        Shop shop = quotes.shop();
        linkAccount(shop.hannah(), shop.customer());
        long peter = contact(shop.bellamy(), "Peter Lang");
        CurrentUser peterAccount = users.create(shop.bellamy(), Role.CUSTOMER_CONTACT);
        linkAccount(peter, peterAccount);
        SalesOrder orderA = book(shop, shop.opportunity(), shop.hannah(), "Hannah Bellamy", List.of("SPEC-1", "SPEC-2"));

        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long orchid = insert("insert into customer (name, industry, version) values (?, 'Pharma', 0)", "Orchid Pharma " + code);
        long victor = contact(orchid, "Victor Osei");
        CurrentUser victorAccount = users.create(orchid, Role.CUSTOMER_CONTACT);
        linkAccount(victor, victorAccount);
        long opportunityB = ChangeControlFixtures.as(shop.carla(), () -> pipeline.create(new OpportunityDraft(orchid,
                victor, "K7 line for Orchid " + code, OpportunityStage.NEGOTIATION, new BigDecimal("280000"), "EUR",
                null, LocalDate.now().plusMonths(1), null, List.of(shop.project())))).getId();
        SalesOrder orderB = book(shop, opportunityB, victor, "Victor Osei", List.of("SPEC-1"));
        return new Delivery(shop, orderA.getId(), orderA.number(), peter, peterAccount, orchid, victor, victorAccount,
                orderB.getId(), orderB.number());
    }

    /**
     * An open task for SPEC-1 of customer A's order, assigned to Hannah by Sofia: two steps (conveyor height 1,050
     * mm; 120 packs per minute).
     */
    public AcceptanceTask task(Delivery d) {
        return ChangeControlFixtures.as(d.shop().team().manager(), () -> acceptances.assign(d.project(),
                new TaskDraft(d.orderA(), null, "SPEC-1", "K7 base line acceptance", d.shop().hannah(),
                        LocalDate.now().plusDays(7), List.of(
                        new StepInput("Measure the conveyor height at the infeed", "1,050 mm"),
                        new StepInput("Run the line for ten minutes", "At least 120 packs per minute")))));
    }

    /** Runs {@code action} signed in as the customer user {@code user}. */
    public static <T> T asCustomer(CurrentUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationOf(user));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private SalesOrder book(Shop shop, long opportunity, long contact, String contactName, List<String> options) {
        Member carla = shop.carla();
        return ChangeControlFixtures.as(carla, () -> {
            Quote quote = desk.create(opportunity, new QuoteDraft(shop.project(), LocalDate.now().plusDays(30)));
            for (String key : options) {
                quote = desk.addOption(quote.getId(), quote.getVersion(), key, 1);
            }
            Quote accepted = desk.accept(quote.getId(), quote.getVersion(), new Acceptance(contactName, contact));
            return desk.book(accepted.getId(), accepted.getVersion());
        });
    }

    private long contact(long customer, String name) {
        return insert("insert into customer_contact (customer, full_name, email, version) values (?, ?, ?, 0)",
                customer, name, UUID.randomUUID() + "@customer.test");
    }

    private void linkAccount(long contact, CurrentUser account) {
        jdbc.update("update customer_contact set user_account = ? where id = ?", account.accountId(), contact);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Customer A (the shop's Bellamy: Hannah {@code shop().customer()} and Peter) with order A, customer B (Orchid:
     * Victor) with order B, both on {@link #project()}.
     */
    public record Delivery(Shop shop, long orderA, String orderANumber, long peter, CurrentUser peterAccount,
                           long customerB, long victor, CurrentUser victorAccount, long orderB, String orderBNumber) {

        public long project() {
            return shop.project();
        }

        public long customerA() {
            return shop.bellamy();
        }

        public CurrentUser hannahAccount() {
            return shop.customer();
        }
    }
}
