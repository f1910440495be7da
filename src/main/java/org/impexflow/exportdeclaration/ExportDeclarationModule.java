package org.impexflow.exportdeclaration;

import org.impexflow.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportDeclarationModule {

    @Bean
    ProcessAccess exportDeclarationIsFiledByEstablishments() {
        return ProcessAccess.filedByEstablishments(ExportDeclarationProcess.KEY);
    }
}
