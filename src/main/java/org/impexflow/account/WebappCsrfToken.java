package org.impexflow.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The webapps' own CSRF token: their calls carry it in {@code X-XSRF-TOKEN}, and their CSRF filter keeps
 * it in the session. Spring Security's logout runs before that filter: the webapps' logout must show
 * the token too, or a forged POST from another site would end the session.
 */
final class WebappCsrfToken {

    static final String HEADER = "X-XSRF-TOKEN";
    /** Where the webapps' CsrfPreventionFilter keeps the token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
    static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private WebappCsrfToken() {
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getHeader(HEADER);
        Object kept = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return sent != null && kept instanceof String token && !token.isEmpty()
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
