package org.impexflow.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie a response sets gets {@code SameSite=Lax} (unless it says otherwise) and, over HTTPS,
 * {@code Secure}: the webapps' {@code XSRF-TOKEN} (written as a header by their CSRF filter, with fixed
 * flags), the language cookie, and any other. Over plain HTTP (the demonstration on localhost) cookies
 * stay without {@code Secure}, or the browser would not send them back. The session cookie is Tomcat's:
 * it is marked the same way by {@code server.servlet.session.cookie.*} and Tomcat itself.
 */
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Marked(response, request.isSecure()));
    }

    /** The attributes this cookie header lacks, added. */
    static String mark(String setCookie, boolean secure) {
        String lower = setCookie.toLowerCase(Locale.ROOT).replace(" ", "");
        StringBuilder marked = new StringBuilder(setCookie);
        if (!lower.contains(";samesite=")) {
            marked.append("; SameSite=Lax");
        }
        if (secure && !lower.contains(";secure")) {
            marked.append("; Secure");
        }
        return marked.toString();
    }

    private static final class Marked extends HttpServletResponseWrapper {

        private final boolean secure;

        Marked(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secure) {
                cookie.setSecure(true);
            }
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, cookieHeader(name) ? mark(value, secure) : value);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, cookieHeader(name) && value != null ? mark(value, secure) : value);
        }

        private static boolean cookieHeader(String name) {
            return HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
        }
    }
}
