package org.impexflow.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.reference.Languages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist in English shows the Camunda Forms in English: the form schemas it loads
 * ({@code …/deployed-form}, {@code …/deployed-start-form}, through the webapps' API or
 * {@code /engine-rest}) are translated by {@link FormTranslation} when the person chose English
 * (cookie {@code impexflow.language}). French, the default, is served untouched.
 */
@Configuration
class FormTranslationConfiguration {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> formTranslationFilter(FormTranslation translation,
            LocaleResolver languages) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getRequestURI();
                        return !"GET".equals(request.getMethod()) || !(path.endsWith("/deployed-form")
                                || path.endsWith("/deployed-start-form"));
                    }

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        Locale language = languages.resolveLocale(request);
                        if (!Languages.isEnglish(language)) {
                            chain.doFilter(request, response);
                            return;
                        }
                        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                        chain.doFilter(request, buffered);
                        String type = buffered.getContentType();
                        if (buffered.getStatus() == HttpServletResponse.SC_OK && type != null
                                && type.contains("json")) {
                            byte[] english = translation.toEnglish(buffered.getContentAsByteArray());
                            buffered.resetBuffer();
                            buffered.getOutputStream().write(english);
                        }
                        buffered.copyBodyToResponse();
                    }
                });
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        registration.setName("formTranslation");
        return registration;
    }
}
