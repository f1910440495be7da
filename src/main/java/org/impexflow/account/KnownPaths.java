package org.impexflow.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Whether the application answers a path, whatever the method: one of our pages or actions (a handler of
 * Spring MVC other than the static files' catch-all), the webapps, the engine's API, the probes, the web
 * jars. The login's entry point asks it for a person not logged in: a known path leads to the login page,
 * any other answers "Page introuvable" (404), as it would once logged in. It opens nothing: the paths
 * that need a login still need one.
 */
final class KnownPaths implements RequestMatcher {

    /** Served outside our pages' handlers (filters, servlets of their own, other chains). */
    private static final List<String> APPLICATIONS = List.of("/camunda", "/engine-rest", "/actuator", "/webjars");

    private final ListableBeanFactory beans;
    private volatile List<HandlerMapping> mappings;

    KnownPaths(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String application : APPLICATIONS) {
            if (path.equals(application) || path.startsWith(application + "/")) {
                return true;
            }
        }
        HttpServletRequest probe = new AttributesOfItsOwn(request);
        for (HandlerMapping mapping : mappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null) {
                    // the static files' "/**" takes any path: ours are under the public /css, /js, /img
                    return !(chain.getHandler() instanceof ResourceHttpRequestHandler);
                }
            } catch (Exception answeredOtherwise) {
                // a path of ours asked with another method or media type: known
                return true;
            }
        }
        return false;
    }

    /** Spring MVC's handler mappings in the dispatcher's order, read once the context is up. */
    private List<HandlerMapping> mappings() {
        List<HandlerMapping> known = mappings;
        if (known == null) {
            known = new ArrayList<>(beans.getBeansOfType(HandlerMapping.class).values());
            AnnotationAwareOrderComparator.sort(known);
            mappings = known;
        }
        return known;
    }

    /** The request, with attributes of its own: a handler lookup writes some, which the real request must not keep. */
    private static final class AttributesOfItsOwn extends HttpServletRequestWrapper {

        private final Map<String, Object> own = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        AttributesOfItsOwn(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (own.containsKey(name)) {
                return own.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            own.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            own.remove(name);
            removed.add(name);
        }
    }
}
