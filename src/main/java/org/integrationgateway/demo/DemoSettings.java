package org.integrationgateway.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.demo.enabled}: load the demo organisation on first start. Even when true, the data is only
 * loaded into an empty embedded H2 database, never into PostgreSQL.
 */
@ConfigurationProperties("gateway.demo")
public record DemoSettings(boolean enabled) {
}
