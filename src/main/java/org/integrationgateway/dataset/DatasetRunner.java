package org.integrationgateway.dataset;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code gateway.dataset.generate=true}: generates the dataset once the application has started (before it is
 * ready, so nothing else has written to the database), then closes the application with exit code 0, or 1 when
 * the generation failed.
 */
@Component
@ConditionalOnProperty(name = "gateway.dataset.generate", havingValue = "true")
class DatasetRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetRunner.class);

    private final DatasetGenerator generator;
    private final DatasetSettings settings;
    private final ConfigurableApplicationContext context;

    DatasetRunner(DatasetGenerator generator, DatasetSettings settings, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.settings = settings;
        this.context = context;
    }

    @SuppressFBWarnings(value = "DM_EXIT",
            justification = "The dataset generator is a one-shot command: the process exits with its status when the "
                    + "data is written.")
    @Override
    public void run(ApplicationArguments args) {
        int code = 0;
        try {
            generator.generate(settings);
        } catch (RuntimeException e) {
            code = 1;
            log.error("The dataset was not generated", e);
        } finally {
            int exit = code;
            System.exit(SpringApplication.exit(context, () -> exit));
        }
    }
}
