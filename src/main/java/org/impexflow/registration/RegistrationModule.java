package org.impexflow.registration;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistrationModule {

    @Bean
    ProcessAccess accountActivationIsStartedByTheRegistrationPage() {
        return ProcessAccess.startedBySystem(AccountActivationProcess.KEY, Groups.DECLARANTS);
    }
}
