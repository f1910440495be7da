package org.impexflow.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calls of the engine's APIs (/engine-rest and the webapps' /camunda/api/engine) that the engine's
 * own authorizations let through too widely (issue 16, point 11): only ANSM's working groups comment
 * on tasks and cases (the engine checks no permission for a comment on a task one can read), and
 * correlate messages or throw signals (a refusal names other cases' ids). Declarants, API accounts
 * and analysts get 403 with a French message.
 */
final class EngineApiGuard extends OncePerRequestFilter {

    /** The engine's path after /engine-rest or /camunda/api/engine/engine/{engine}. */
    private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final List<Pattern> ANSM_ONLY = List.of(
            Pattern.compile("^/(?:task|process-instance)/[^/]+/comment(?:/.*)?$"),
            Pattern.compile("^/message(?:/.*)?$"),
            Pattern.compile("^/signal(?:/.*)?$"));
    private static final Set<String> ANSM_WORKING_GROUPS = Set.of(Groups.REVIEWERS, Groups.SUPPORT, Groups.NARCOTICS,
            Groups.ADMINISTRATORS);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && isAnsmOnly(request)
                && !isAnsm(SecurityContextHolder.getContext().getAuthentication())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Réservé aux équipes de "
                    + "l'ANSM : commentaires, messages et signaux du moteur de processus.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAnsmOnly(HttpServletRequest request) {
        var path = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return path.matches() && ANSM_ONLY.stream().anyMatch(p -> p.matcher(path.group(1)).matches());
    }

    private static boolean isAnsm(Authentication authentication) {
        return Authorities.isFullyAuthenticated(authentication)
                && Authorities.groups(authentication).stream().anyMatch(ANSM_WORKING_GROUPS::contains);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<EngineApiGuard> engineApiGuard() {
            FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard());
            registration.setName("engine-api-guard");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registration.setOrder(2);
            return registration;
        }
    }
}
