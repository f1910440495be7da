package org.impexflow.account;

import org.impexflow.access.Authorities;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The engine applies the authorizations of the account that called {@code /engine-rest}, with its current groups. */
@Component
class EngineRestIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineRestIdentityFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!Authorities.isFullyAuthenticated(authentication)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        // the groups as the engine holds them now: an account removed from its establishment loses its cases at once
        identityService.setAuthentication(authentication.getName(), identityService.createGroupQuery()
                .groupMember(authentication.getName()).list().stream().map(g -> g.getId()).toList());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
