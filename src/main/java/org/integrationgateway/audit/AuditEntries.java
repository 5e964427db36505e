package org.integrationgateway.audit;

import org.springframework.data.repository.CrudRepository;

interface AuditEntries extends CrudRepository<AuditEntry, Long> {
}
