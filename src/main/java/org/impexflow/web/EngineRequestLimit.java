package org.impexflow.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}) read a request's whole JSON
 * body before anything of ours looks at it: a body of 380 MB (twenty texts of 19 MB) was parsed, with 1.9 GB of
 * memory, before the filing refused it. A body is now held to the size a multipart request may have
 * ({@code spring.servlet.multipart.max-request-size}: a filing's files of 20 MB each, in base 64): a larger
 * declared length answers 413 at once, with a French sentence; a body without a length (chunked) is read
 * here up to the limit, and answered the same way beyond it.
 */
@Configuration(proxyBeanMethods = false)
class EngineRequestLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRequestBodyLimit(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(limit));
        registration.setName("engine-request-body-limit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class Limit extends OncePerRequestFilter {

        private final long bytes;
        private final String refusal;

        Limit(DataSize limit) {
            this.bytes = limit.toBytes();
            this.refusal = "{\"type\":\"RequestTooLarge\",\"message\":\"Requête refusée, rien n'a été enregistré : "
                    + "son contenu dépasse " + limit.toMegabytes() + " Mo (les fichiers joints font 20 Mo au plus "
                    + "chacun).\",\"code\":null}";
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > bytes) {
                refuse(response);
                return;
            }
            if (request.getContentLengthLong() >= 0 || request.getHeader("Transfer-Encoding") == null) {
                chain.doFilter(request, response);
                return;
            }
            // a body without a declared length (chunked) is read here, up to the limit
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bytes + 1));
            if (body.length > bytes) {
                refuse(response);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
        }

        private void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(refusal);
        }
    }
}
