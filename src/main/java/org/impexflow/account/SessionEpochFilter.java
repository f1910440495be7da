package org.impexflow.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account ended all its sessions since it logged in (password reset, support
 * removing the second factor or deactivating the account): the session keeps the account's session
 * epoch of its login, and every request compares it with the account's. Our pages and the webapps
 * (which take the login of this session) are all behind this filter; sessions live on one node
 * (sticky sessions), the epoch in the shared database, so it works on every node.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    static final String EPOCH = "impexflow.sessionEpoch";

    private final JdbcTemplate jdbc;

    SessionEpochFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called when a login step puts an account in the session. */
    static void remember(HttpServletRequest request, Account account) {
        request.getSession().setAttribute(EPOCH, account.getSessionEpoch());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            List<Integer> current = jdbc.queryForList("SELECT session_epoch FROM account WHERE user_id = ?",
                    Integer.class, authentication.getName());
            if (current.isEmpty() || !current.get(0).equals(session.getAttribute(EPOCH))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
