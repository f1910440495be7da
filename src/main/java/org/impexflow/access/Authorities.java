package org.impexflow.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a login has proven: its password only, or password and second factor; and its groups. */
public final class Authorities {

    /** Password checked, TOTP code still to give: only the second-factor pages are open. */
    public static final String PASSWORD_VERIFIED = "ROLE_PASSWORD_VERIFIED";
    /** Fully logged in (password and TOTP code), or a technical account on the REST API. */
    public static final String USER = "ROLE_USER";
    public static final String GROUP_PREFIX = "GROUP_";

    private Authorities() {
    }

    public static List<GrantedAuthority> full(Collection<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(USER));
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + g)));
        return authorities;
    }

    /** The engine groups carried by an authentication. */
    public static List<String> groups(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length())).toList();
    }

    public static boolean isFullyAuthenticated(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().anyMatch(a -> USER.equals(a.getAuthority()));
    }
}
