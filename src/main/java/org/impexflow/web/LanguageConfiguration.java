package org.impexflow.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Our pages speak French unless the person chose English: FR | EN in the header sets the cookie
 * {@code impexflow.language} (the Camunda webapps follow the same choice), {@code ?lang=en} too. That is the
 * browser's language of the pages only: the language of a person's mails and documents, kept on their
 * account, changes by the form of "Mes données" (a POST with its CSRF token), never by a link: until
 * 2026-12-07 any page's {@code ?lang=} stored it, so a link on another site changed the account's setting.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "impexflow.language";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
