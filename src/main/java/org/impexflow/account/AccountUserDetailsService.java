package org.impexflow.account;

import org.impexflow.access.Authorities;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a login's password hash, lock and groups for Spring Security's password check (which tells a
 * lock or a deactivation only after the right password, see {@code SecurityConfiguration}).
 */
@Component
record AccountUserDetailsService(Accounts accounts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        String userId = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Account account = accounts.find(userId).orElseThrow(() -> new UsernameNotFoundException(userId));
        return User.withUsername(userId)
                .password(account.getPasswordHash())
                .authorities(Authorities.full(accounts.groupsOf(userId)))
                .disabled(!account.isActive())
                .accountLocked(account.isLocked())
                .build();
    }
}
