package org.impexflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** impexflow: the import and export procedures of medicines with ANSM, on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ImpexflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(ImpexflowApplication.class, args);
    }
}
