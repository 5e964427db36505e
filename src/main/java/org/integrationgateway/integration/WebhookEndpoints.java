package org.integrationgateway.integration;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface WebhookEndpoints extends CrudRepository<WebhookEndpoint, Long>, PagingAndSortingRepository<WebhookEndpoint, Long> {

    @Query("select * from webhook_endpoint where enabled = true order by id")
    List<WebhookEndpoint> findEnabled();
}
