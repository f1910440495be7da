package org.impexflow.account;

import org.impexflow.access.Authorities;
import org.impexflow.access.Groups;
import java.time.Clock;
import java.time.Duration;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login in front of everything. People log in on {@code /login} with their password, then give a
 * TOTP code on {@code /login/totp} (or enrol an app on {@code /login/totp/enrol}); only then do our
 * pages and the webapps open, the webapps taking that login as theirs (container-based
 * authentication). {@code /engine-rest} takes HTTP Basic from technical accounts of {@code api-clients}
 * only. Headers, cookies and logout as docs/security.md says.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {"/", "/login", LoginController.SLOWED, "/register", "/register/**", "/password/**", "/css/**",
            "/js/**", "/img/**", "/favicon.ico", "/error",
            // the demonstration's mailbox answers the machine itself only, elsewhere our 404 (MailViewerController)
            "/mails", "/mails/**",
            // the verification page of validated documents, and the importing authority's receipt link
            "/verification", "/verification/**",
            // what a traveller may carry (issue 9): anyone, without an account
            "/voyageurs", "/voyageurs/**",
            // the help page (issue 20): contacts, guides, lost phone, personal data
            "/aide", "/aide/**",
            // the platform's probes: UP or DOWN, details for administrators only (docs/operations.md)
            "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"};
    /**
     * Our pages: scripts, styles and images of our own only (no inline script or style), no frames, no
     * plugins. The webapps under /camunda send their own policy (camunda.bpm.webapp.header-security).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String WEBAPPS = "/camunda/**";
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The password check of both chains. Locked (by wrong codes) and deactivated accounts are told so
     * only after the right password: before it, every account, known or not, answers alike, and an
     * unknown one is checked against a dummy bcrypt hash (the same work as a known one).
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
            Accounts accounts, LoginThrottle throttle, Clock clock, ApplicationEventPublisher events)
            throws Exception {
        ProviderManager technicalAccounts = new ProviderManager(new ThrottledAuthentication(
                new CachedCredentials(passwordCheck(users, encoder), accounts, clock, Duration.ofMinutes(1)), throttle));
        technicalAccounts.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
                .authenticationManager(technicalAccounts)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAuthority(Authorities.GROUP_PREFIX + Groups.API_CLIENTS))
                .httpBasic(basic -> basic.realmName("impexflow").authenticationEntryPoint(restEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * 401 with the Basic challenge, or 429 with {@code Retry-After} while the caller is slowed down. A browser
     * of a person (it carries a session cookie and no credentials) gets a 401 in French without the challenge,
     * which would open the browser's own login box: people work in the webapps, not in this API.
     */
    private static AuthenticationEntryPoint restEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("impexflow");
        return (request, response, exception) -> {
            if (exception instanceof LoginSlowedException slowed) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(slowed.retryAfterSeconds()));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many failed logins");
                return;
            }
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getCookies() != null
                    && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> "JSESSIONID".equals(c.getName()))) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"L'API REST "
                        + "(/engine-rest) répond aux comptes techniques des établissements, en HTTP Basic ; les "
                        + "personnes travaillent dans Tasklist et Cockpit.\"}");
                return;
            }
            basic.commence(request, response, exception);
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, PasswordStepHandler passwordStep, LoginFailureHandler loginFailure,
            AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            ApplicationEventPublisher events, JdbcTemplate jdbc, Environment environment,
            org.springframework.context.ApplicationContext context) throws Exception {
        KnownPaths known = new KnownPaths(context);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // an unknown path is not where to go back after the login, nor a call of an API (a form's submission sent
        // after the session ended, whose JSON the person landed on after logging in again): pages asked for only
        requestCache.setRequestMatcher(new AndRequestMatcher(known,
                new AntPathRequestMatcher("/**", HttpMethod.GET.name()),
                new NegatedRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/camunda/api/**"),
                        new AntPathRequestMatcher("/engine-rest/**")))));
        RequestMatcher webapps = AntPathRequestMatcher.antMatcher(WEBAPPS);
        ProviderManager people = new ProviderManager(new ThrottledAuthentication(passwordCheck(users, encoder),
                throttle));
        people.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(people)
                .addFilterBefore(new SessionEpochFilter(jdbc), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ant(PUBLIC)).permitAll()
                        // Prometheus on a management port bound to the loopback interface (docs/operations.md)
                        .requestMatchers(ManagementPort.loopbackOnly(environment)).permitAll()
                        .requestMatchers(ant("/actuator", "/actuator/**"))
                        .hasAuthority(Authorities.GROUP_PREFIX + Groups.ADMINISTRATORS)
                        // the reference data's pages (docs/operations.md, "Keeping the reference data current")
                        .requestMatchers(ant("/ansm/referentiel", "/ansm/referentiel/**"))
                        .hasAnyAuthority(Authorities.GROUP_PREFIX + Groups.REFERENCE_ADMINS,
                                Authorities.GROUP_PREFIX + Groups.ADMINISTRATORS)
                        .requestMatchers(ant("/login/totp", "/login/totp/**"))
                        .hasAnyAuthority(Authorities.PASSWORD_VERIFIED)
                        .anyRequest().hasAuthority(Authorities.USER))
                .formLogin(form -> form.loginPage("/login").successHandler(passwordStep).failureHandler(loginFailure)
                        .permitAll())
                .requestCache(cache -> cache.requestCache(requestCache))
                // logout by a POST with its token only: ours (CSRF token of the page), the webapps' (their XSRF header)
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/logout", HttpMethod.POST.name()),
                                new AndRequestMatcher(new AntPathRequestMatcher(WEBAPP_LOGOUT, HttpMethod.POST.name()),
                                        WebappCsrfToken::matches)))
                        .logoutSuccessUrl("/login?logout"))
                // the webapps protect /camunda/api with their own CSRF token (X-XSRF-TOKEN)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ant(WEBAPPS))
                        // the button of the Tasklist forms uploads with the webapps' token (a request without it needs ours)
                        .ignoringRequestMatchers(new AndRequestMatcher(
                                new AntPathRequestMatcher("/pieces-jointes/formulaire", HttpMethod.POST.name()),
                                WebappCsrfToken::matches)))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(webapps),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(webapps),
                                new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
                        // the webapps' CSRF filter wants the Origin of their calls: with no-referrer a browser sends "null"
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(webapps,
                                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)))
                        // only over HTTPS (directly or behind a proxy whose forwarded headers are honoured)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new OrRequestMatcher(new AntPathRequestMatcher("/camunda/api/**"),
                                        new AntPathRequestMatcher("/actuator/**")))
                        .defaultAuthenticationEntryPointFor(loginPage(known), new AntPathRequestMatcher("/**"))
                        .accessDeniedHandler(SecurityConfiguration::refused));
        return http.build();
    }

    /**
     * The login page; it says so when the person's session has expired meanwhile. A path that the application
     * does not answer is "Page introuvable" (404, our error page) for everyone, not a login that would end there.
     */
    private static AuthenticationEntryPoint loginPage(KnownPaths known) {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        LoginUrlAuthenticationEntryPoint expired = new LoginUrlAuthenticationEntryPoint("/login?expired");
        return (request, response, exception) -> {
            if (!known.matches(request)) {
                response.sendError(HttpStatus.NOT_FOUND.value());
                return;
            }
            (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid() ? expired : login)
                    .commence(request, response, exception);
        };
    }

    /**
     * 403 answered by our error page (ErrorPages), which tells a refused CSRF token (a form kept open
     * past its session) from a page the person may not open.
     */
    private static void refused(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException refusal) throws java.io.IOException {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, refusal);
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    /**
     * The request being served is known everywhere from the start, Spring Security's filters included
     * (the security log reads the client address there: {@code SecurityEvents.currentSource()}), not
     * only within Spring MVC's controllers; also for the webapps' and the engine's REST APIs.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestBeforeSecurity() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(
                new RequestContextFilter());
        registration.setName("request-context-before-security");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * Cookies {@code Secure} over HTTPS and {@code SameSite=Lax}, including those the webapps write as
     * headers ({@code XSRF-TOKEN}); Tomcat does the same for the session cookie (application.yml).
     */
    @Bean
    FilterRegistrationBean<SecureCookies> secureCookies() {
        FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setName("secure-cookies");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static RequestMatcher[] ant(String... patterns) {
        return java.util.Arrays.stream(patterns).map(AntPathRequestMatcher::antMatcher).toArray(RequestMatcher[]::new);
    }

    /** The webapps read the login from Spring Security instead of showing their own form. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-container-authentication");
        registration.addInitParameter("authentication-provider", WebappAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(1);
        return registration;
    }

    /** Calls to /engine-rest run as the authenticated technical account, with its groups. */
    @Bean
    FilterRegistrationBean<EngineRestIdentityFilter> engineRestIdentity(EngineRestIdentityFilter filter) {
        FilterRegistrationBean<EngineRestIdentityFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("engine-rest-identity");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(1);
        return registration;
    }
}
