package org.integrationgateway.meetings;

import org.springframework.data.repository.ListCrudRepository;

interface ReportingCadences extends ListCrudRepository<ReportingCadence, Long> {
}
