package org.impexflow.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthorizationService authorizations;

    WebappPluginGuard(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String application = path.startsWith("/camunda/api/cockpit/") ? "cockpit" : "admin";
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isPresent() && authorizations.isUserAuthorized(user.get().userId(), user.get().groupIds(),
                Permissions.ACCESS, Resources.APPLICATION, application)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.createObjectNode().put("type", "AuthorizationException")
                .put("message", MESSAGE).toString());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<WebappPluginGuard> webappPluginGuard(AuthorizationService authorizations) {
            FilterRegistrationBean<WebappPluginGuard> registration = new FilterRegistrationBean<>(
                    new WebappPluginGuard(authorizations));
            registration.setName("webapp-plugin-guard");
            registration.addUrlPatterns("/camunda/api/cockpit/*", "/camunda/api/admin/plugin/*");
            registration.setOrder(2);
            return registration;
        }
    }
}
