package org.integrationgateway.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The fixture's world exists as described (both orders booked with variants, a task for Hannah), the whole flow runs,
 * and the project manager hears of the acceptance in their inbox.
 */
@SpringBootTest
@ActiveProfiles("test")
class AcceptanceSmokeTests {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;
    @Autowired JdbcTemplate jdbc;

    @Test
    void hannahRunsTheStepsAndAcceptsAndTheHashVerifies() {
        Delivery d = fixtures.delivery();
        AcceptanceTask task = fixtures.task(d);
        assertThat(task.getVariant()).isNotNull();
        AcceptanceTask run = AcceptanceFixtures.asCustomer(d.hannahAccount(), () -> {
            AcceptanceTask first = acceptances.recordStep(task.getId(), task.getVersion(), 1, StepResult.PASS, "1,050 mm");
            return acceptances.recordStep(task.getId(), first.getVersion(), 2, StepResult.PASS, "122 packs/min");
        });
        AcceptanceRecord record = AcceptanceFixtures.asCustomer(d.hannahAccount(),
                () -> acceptances.accept(task.getId(), run.getVersion(), "All good"));
        assertThat(record.getOutcome()).isEqualTo(AcceptanceOutcome.ACCEPTED);
        assertThat(record.isFirstTime()).isTrue();
        assertThat(record.getContent()).contains("deliverable: SPEC-1", "step 2: Run the line for ten minutes");
        HashVerification verification = AcceptanceFixtures.asCustomer(d.hannahAccount(),
                () -> acceptances.verify(record.getId()));
        assertThat(verification.intact()).isTrue();
        assertThat(verification.deliverableUnchanged()).isTrue();
        assertThat(jdbc.queryForList("select title from notification where person_id = ? and link = ?", String.class,
                d.shop().team().manager().person(), "/acceptance/records/" + record.getId()))
                .containsExactly("Hannah Bellamy accepted SPEC-1 of " + d.shop().team().code());
    }
}
