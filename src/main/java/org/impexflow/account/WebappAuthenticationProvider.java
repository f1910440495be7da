package org.impexflow.account;

import java.util.HashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.impexflow.access.Authorities;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the webapps the person fully logged in with Spring Security (password and TOTP), with their
 * groups as the engine holds them now: an account that joins or leaves an establishment (or a group)
 * sees the change at its next request, without logging in again (issue 16, point 1).
 */
public class WebappAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!Authorities.isFullyAuthenticated(authentication)) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        Authentications cached = AuthenticationUtil.getAuthsFromSession(request.getSession());
        org.camunda.bpm.webapp.impl.security.auth.Authentication previous =
                cached.getAuthenticationForProcessEngine(engine.getName());
        if (previous != null && (!userId.equals(previous.getIdentityId())
                || !(previous instanceof UserAuthentication user) || user.getGroupIds() == null
                || !new HashSet<>(user.getGroupIds()).equals(new HashSet<>(groups)))) {
            // the webapps keep the groups of the session's first request: let them take the current ones
            cached.removeByEngineName(engine.getName());
            AuthenticationUtil.updateSession(request.getSession(), cached);
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groups);
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security sends people to /login before they reach the webapps
    }
}
