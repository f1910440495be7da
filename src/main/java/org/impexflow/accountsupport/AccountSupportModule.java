package org.impexflow.accountsupport;

import org.impexflow.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountSupportModule {

    @Bean
    ProcessAccess accountSupportIsRunBySupport() {
        return ProcessAccess.runBySupport(AccountSupportProcess.KEY);
    }
}
