package org.impexflow.access;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API of Cockpit's plugins ({@code /camunda/api/cockpit/…}) and of Admin's ({@code /camunda/api/admin/plugin/…})
 * answer only those who may open that application (the engine's ACCESS on it): the webapps themselves ask
 * only for a logged-in person there, and Cockpit's statistics count every case of a process whoever asks
 * (a declarant read how many export declarations all establishments had filed). Others get 403 with a
 * French message. The webapps' login status ({@code /camunda/api/admin/auth/…}) stays open to all.
 */
final class WebappPluginGuard extends OncePerRequestFilter {

    static final String MESSAGE = "Réservé aux personnes qui ont accès à cette application (Cockpit ou Admin).";

    private final WebappAccess webapps;

    WebappPluginGuard(WebappAccess webapps) {
        this.webapps = webapps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String application = path.startsWith("/camunda/api/cockpit/") ? "cockpit" : "admin";
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isPresent() && webapps.mayOpen(user.get(), application)) {
            chain.doFilter(request, response);
            return;
        }
        EngineApiGuard.refuse(response, MESSAGE);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<WebappPluginGuard> webappPluginGuard(WebappAccess webapps) {
            FilterRegistrationBean<WebappPluginGuard> registration = new FilterRegistrationBean<>(
                    new WebappPluginGuard(webapps));
            registration.setName("webapp-plugin-guard");
            registration.addUrlPatterns("/camunda/api/cockpit/*", "/camunda/api/admin/plugin/*");
            registration.setOrder(2);
            return registration;
        }
    }
}
