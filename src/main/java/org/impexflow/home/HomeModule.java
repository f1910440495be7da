package org.impexflow.home;

import java.util.Optional;

import org.impexflow.access.Groups;
import org.impexflow.access.Landing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeModule {

    /** Declarants land on "Mes déclarations" (which says where a request to join an establishment stands). */
    @Bean
    Landing myDeclarations() {
        return new Landing(20, user -> user.isMemberOf(Groups.DECLARANTS) ? Optional.of("/mes-declarations")
                : Optional.empty());
    }
}
