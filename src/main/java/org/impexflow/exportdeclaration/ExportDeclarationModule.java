package org.impexflow.exportdeclaration;

import org.impexflow.access.StartableByEstablishments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportDeclarationModule {

    @Bean
    StartableByEstablishments exportDeclarationIsFiledByEstablishments() {
        return new StartableByEstablishments(ExportDeclarationProcess.KEY);
    }
}
