package org.integrationgateway.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every meter gets a description: meters registered without one (e.g. Spring MVC's active requests) get their name
 * as their help text. Without it the Prometheus scrape has {@code # HELP} lines with no text, which the format allows
 * but stricter parsers (among them {@code parse-prometheus-text-format}, docs/interfaces.md) refuse.
 */
@Configuration(proxyBeanMethods = false)
class MetricDescriptions {

    @Bean
    MeterFilter describeEveryMeter() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                if (description != null && !description.isBlank()) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), id.getName(),
                        id.getType());
            }
        };
    }
}
