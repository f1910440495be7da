package org.impexflow.access;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The person logged into the webapps (Tasklist, Cockpit, Admin), read from the shared HTTP session,
 * so that our own pages know who is calling.
 */
public record CurrentUser(String userId, List<String> groupIds) {

    private static final String ENGINE = "default";

    public static Optional<CurrentUser> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return Optional.empty();
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
        if (authentication instanceof UserAuthentication user) {
            return Optional.of(new CurrentUser(user.getName(),
                    user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
