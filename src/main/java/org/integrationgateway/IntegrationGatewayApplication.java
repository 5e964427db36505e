package org.integrationgateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrationGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntegrationGatewayApplication.class, args);
    }
}
