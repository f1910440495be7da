package org.impexflow.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.container.ContainerRequestFilter;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The webapps' engine API ({@code /camunda/api/engine/*}, which Tasklist and Cockpit call), as the
 * starter registers it, with {@link WebappEngineErrors} in place of Camunda's three catch-all exception
 * mappers, and with the request filters that the application declares as beans (the checks that
 * {@code /engine-rest} applies too). The starter registers its servlet "Engine Api" only when none of that name exists: this one
 * runs first.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    /** The servlet name the starter's {@code CamundaBpmWebappInitializer} uses, and skips when taken. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    ServletContextInitializer webappEngineApiWithOurErrors(CamundaBpmProperties camunda, DeployedFormLabels forms,
            LocaleResolver languages, ObjectProvider<ContainerRequestFilter> checks) {
        return new Registration(camunda.getWebapp().getApplicationPath(), new WebappEngineErrors(forms, languages),
                checks.orderedStream().toList());
    }

    private record Registration(String applicationPath, WebappEngineErrors errors, List<ContainerRequestFilter> checks)
            implements ServletContextInitializer, Ordered {

        private static final Set<Class<?>> REPLACED = Set.of(ExceptionHandler.class,
                ProcessEngineExceptionHandler.class, RestExceptionHandler.class);

        @Override
        public void onStartup(ServletContext servletContext) {
            ResourceConfig api = new ResourceConfig(new EngineRestApplication().getClasses().stream()
                    .filter(c -> !REPLACED.contains(c)).collect(Collectors.toSet()));
            api.register(errors);
            checks.forEach(api::register);
            ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, new ServletContainer(api));
            servlet.addMapping(applicationPath + "/api/engine/*");
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
