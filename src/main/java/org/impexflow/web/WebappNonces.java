package org.impexflow.web;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The nonce of the webapps' Content-Security-Policy belongs to one page. Camunda's webapps (7.24) keep it
 * in an attribute of the servlet context, shared by every request: the header filter writes a new nonce
 * there for each request, and the page's template reads it back a moment later to stamp its scripts. When
 * another request passes in between (a person's other tab, anybody's request on a busy server), the page
 * carries the other request's nonce, the browser refuses all its scripts, and Tasklist or Cockpit stays on
 * its loading spinner. This filter, ahead of Camunda's, gives each request a servlet context whose nonce
 * attribute lives in the request itself; everything else is the real servlet context.
 */
@Configuration
class WebappNonces {

    /** The attribute Camunda's {@code ContentSecurityPolicyProvider} and {@code ProcessEnginesFilter} share. */
    static final String NONCE = "org.camunda.bpm.csp.nonce";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappNoncePerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(new OwnNonce(request), response);
                    }
                });
        registration.setName("webapp-nonce-per-request");
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A request whose servlet context keeps the nonce attribute in the request. */
    static final class OwnNonce extends HttpServletRequestWrapper {

        private final ServletContext context;

        OwnNonce(HttpServletRequest request) {
            super(request);
            ServletContext shared = request.getServletContext();
            this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, arguments) -> {
                        boolean nonce = arguments != null && arguments.length > 0 && NONCE.equals(arguments[0]);
                        if (nonce && method.getName().equals("getAttribute")) {
                            return request.getAttribute(NONCE);
                        }
                        if (nonce && method.getName().equals("setAttribute")) {
                            request.setAttribute(NONCE, arguments[1]);
                            return null;
                        }
                        if (nonce && method.getName().equals("removeAttribute")) {
                            request.removeAttribute(NONCE);
                            return null;
                        }
                        try {
                            return method.invoke(shared, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }
    }
}
