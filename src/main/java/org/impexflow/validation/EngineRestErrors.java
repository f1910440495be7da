package org.impexflow.validation;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

    @Bean
    ResourceConfigCustomizer invalidInputAsBadRequest() {
        return config -> config.register(InvalidInputExceptionMapper.class).register(WrappedRefusalMapper.class);
    }
}
