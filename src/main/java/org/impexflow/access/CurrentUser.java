package org.impexflow.access;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person fully logged in (password and second factor), for our own pages. */
public record CurrentUser(String userId, List<String> groupIds) {

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!Authorities.isFullyAuthenticated(authentication)) {
            return Optional.empty();
        }
        return Optional.of(new CurrentUser(authentication.getName(), Authorities.groups(authentication)));
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
