package org.integrationgateway.audit;

import java.util.List;
import java.util.Set;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log: filtered in SQL on the indexed columns, paged, newest first unless asked otherwise.
 * Entries are never changed or deleted through this service.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** Fields a list may be sorted on ({@code sort=occurredAt,asc|desc}); the default is newest first. */
    public static final Set<String> SORTABLE = Set.of("occurredAt");
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt");

    private final JdbcAggregateOperations aggregates;
    private final JdbcTemplate jdbc;

    AuditLog(JdbcAggregateOperations aggregates, JdbcTemplate jdbc) {
        this.aggregates = aggregates;
        this.jdbc = jdbc;
    }

    /** One page of the entries matching the query; entries written in the same instant keep their write order. */
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        Sort.Direction direction = page.getSort().stream().findFirst().map(Sort.Order::getDirection)
                .orElse(Sort.Direction.DESC);
        PageRequest ordered = page.withSort(page.getSort().and(Sort.by(direction, "id")));
        return aggregates.findAll(Query.query(criteria(query)), AuditEntry.class, ordered);
    }

    /** Convenience for callers that take the API's {@code page}, {@code size} and {@code sort} parameters. */
    public Page<AuditEntry> find(AuditQuery query, Integer page, Integer size, String sort) {
        return find(query, Paging.of(page, size, sort, SORTABLE, NEWEST_FIRST));
    }

    /** The entity types that occur in the log, alphabetically; used to offer the entity type filter. */
    public List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_entry order by entity_type", String.class);
    }

    private static Criteria criteria(AuditQuery query) {
        Criteria criteria = Criteria.empty();
        if (query.entityType() != null) {
            criteria = criteria.and("entityType").is(query.entityType());
        }
        if (query.entityId() != null) {
            criteria = criteria.and("entityId").is(query.entityId());
        }
        if (query.actor() != null) {
            criteria = criteria.and("actor").is(query.actor());
        }
        if (query.from() != null) {
            criteria = criteria.and("occurredAt").greaterThanOrEquals(query.from());
        }
        if (query.to() != null) {
            criteria = criteria.and("occurredAt").lessThan(query.to());
        }
        return criteria;
    }
}
