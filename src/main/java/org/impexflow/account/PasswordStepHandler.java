package org.impexflow.account;

import org.impexflow.access.Authorities;
import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The password was right: the login is not complete yet. The session only holds "password verified"
 * and the person goes on to the TOTP code, or to enrolling an app the first time.
 */
@Component
record PasswordStepHandler(Accounts accounts) implements AuthenticationSuccessHandler {

    static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        if (account.isTechnical()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?technical");
            return;
        }
        Authentication passwordOnly = UsernamePasswordAuthenticationToken.authenticated(authentication.getName(),
                null, List.of(new SimpleGrantedAuthority(Authorities.PASSWORD_VERIFIED)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(passwordOnly);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        SessionEpochFilter.remember(request, account);
        response.sendRedirect(request.getContextPath()
                + (account.isTotpEnrolled() ? "/login/totp" : "/login/totp/enrol"));
    }
}
