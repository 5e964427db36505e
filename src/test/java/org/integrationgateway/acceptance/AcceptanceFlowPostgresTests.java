package org.integrationgateway.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integrationgateway.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The acceptance core on a real PostgreSQL 15, where the database itself also refuses to change or delete an
 * acceptance record or its defects (migration {@code db/vendor/postgresql/V1_12_2}).
 */
@SpringBootTest
@ActiveProfiles("test")
@PostgresTest
@Import(AcceptanceFlowContract.RecordSaves.class)
class AcceptanceFlowPostgresTests extends AcceptanceFlowContract {

    @Override
    protected void tamper(String sql, Object... args) {
        jdbc.execute("alter table acceptance_record disable trigger acceptance_record_write_once");
        try {
            jdbc.update(sql, args);
        } finally {
            jdbc.execute("alter table acceptance_record enable trigger acceptance_record_write_once");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARecordOrItsDefects() {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = rejected(task, "Conveyor at 900 mm");
        String content = jdbc.queryForObject("select content from acceptance_record where id = ?", String.class,
                record.getId());

        assertThatThrownBy(() -> jdbc.update("update acceptance_record set comment = 'edited' where id = ?",
                record.getId())).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("written once");
        assertThatThrownBy(() -> jdbc.update("delete from acceptance_record where id = ?", record.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update acceptance_defect set title = 'nothing' where acceptance_record = ?",
                record.getId())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("delete from acceptance_defect where acceptance_record = ?",
                record.getId())).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("select content from acceptance_record where id = ?", String.class,
                record.getId())).isEqualTo(content);
        assertThat(jdbc.queryForObject("select count(*) from acceptance_defect where acceptance_record = ?",
                Integer.class, record.getId())).isPositive();
    }
}
