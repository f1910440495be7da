package org.impexflow.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the login page with the reason: wrong credentials (the same answer for an unknown address),
 * or, after the right password only, locked or deactivated; while the source is slowed down, the form
 * again with 429 and {@code Retry-After}.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginSlowedException slowed) {
            request.setAttribute(LoginController.RETRY_AFTER, slowed.retryAfterSeconds());
            request.getRequestDispatcher(LoginController.SLOWED).forward(request, response);
            return;
        }
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
