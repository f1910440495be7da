package org.impexflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's icon: our pages name the logo as their icon; a browser or a tool that asks for
 * {@code /favicon.ico} anyway gets the same image (it answered 404, an error in every page's console).
 */
@Configuration
class FaviconConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/favicon.ico").setViewName("forward:/img/impexflow-logo.svg");
    }
}
