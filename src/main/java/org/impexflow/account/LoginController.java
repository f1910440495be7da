package org.impexflow.account;

import org.impexflow.access.Authorities;
import org.impexflow.access.CurrentUser;
import org.impexflow.access.Landings;
import org.impexflow.access.WebappAccess;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.audit.SecurityEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login pages: password ({@code /login}), then the TOTP code or the enrolment of an app. */
@Controller
record LoginController(
        Accounts accounts,
        Totp totp,
        ApplicationEventPublisher events,
        SecuritySettings settings,
        LoginThrottle throttle,
        Landings landings,
        WebappAccess webapps) {

    /** Where a login refused while its source is slowed down is answered (429). */
    static final String SLOWED = "/login/slowed";
    static final String RETRY_AFTER = "impexflow.retryAfter";
    /** Wrong codes typed in this session: a right code from the same session forgives them. */
    static final String WRONG_CODES = "impexflow.wrongCodes";
    /** Leads each person to their work ({@link Landings}); the way back of our error pages. */
    public static final String HOME = "/accueil";

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (Authorities.isFullyAuthenticated(authentication)) {
            return "redirect:" + HOME;
        }
        return "account/login";
    }

    /** The login form again, with 429 and {@code Retry-After} (forwarded by {@link LoginFailureHandler}). */
    @RequestMapping(SLOWED)
    String slowed(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(RETRY_AFTER) instanceof Long seconds)) {
            return "redirect:/login";
        }
        slowedDown(response, model, seconds);
        return "account/login";
    }

    private static void slowedDown(HttpServletResponse response, Model model, long seconds) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        model.addAttribute("retryAfter", seconds);
    }

    /** Whole seconds to wait before this session's next code, 0 when it may try now. */
    private long codeWait(String userId) {
        Duration wait = throttle.waitBefore(SecurityEvents.currentSource(), userId);
        return wait.isZero() ? 0 : new LoginSlowedException(wait).retryAfterSeconds();
    }

    /** The person's work: {@link Landings}. */
    @GetMapping(HOME)
    String home(Authentication authentication) {
        return "redirect:" + landings.of(new CurrentUser(authentication.getName(), Authorities.groups(authentication)));
    }

    @GetMapping("/login/totp")
    String codePage(Authentication authentication, Model model) {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        if (!account.isTotpEnrolled()) {
            return "redirect:/login/totp/enrol";
        }
        model.addAttribute("userId", account.getUserId());
        return "account/totp";
    }

    @PostMapping("/login/totp")
    String checkCode(@RequestParam(name = "code", required = false) String code, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String userId = authentication.getName();
        long wait = codeWait(userId);
        if (wait > 0) {
            model.addAttribute("userId", userId);
            slowedDown(response, model, wait);
            return "account/totp";
        }
        Accounts.CodeCheck result = accounts.checkCode(userId, normalise(code), wrongCodes(request));
        if (result != Accounts.CodeCheck.ACCEPTED) {
            wrongCode(request, userId);
        }
        return switch (result) {
            case ACCEPTED -> completeLogin(userId, request, response);
            case LOCKED -> lockedOut(request, response, authentication);
            case WRONG -> {
                model.addAttribute("userId", userId);
                model.addAttribute("error", "code.wrong");
                yield "account/totp";
            }
        };
    }

    @GetMapping("/login/totp/enrol")
    String enrolPage(Authentication authentication, Model model) {
        Account account = accounts.find(authentication.getName()).orElseThrow();
        if (account.isTotpEnrolled()) {
            return "redirect:/login/totp";
        }
        String secret = accounts.enrolmentSecret(account.getUserId());
        model.addAttribute("userId", account.getUserId());
        model.addAttribute("secret", secret);
        model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", totp.otpauthUri(secret, account.getUserId()));
        model.addAttribute("qrCode", "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(totp.qrCodePng(secret, account.getUserId())));
        model.addAttribute("issuer", settings.totpIssuer());
        return "account/enrol";
    }

    @PostMapping("/login/totp/enrol")
    String confirmEnrolment(@RequestParam(name = "code", required = false) String code,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        String userId = authentication.getName();
        long wait = codeWait(userId);
        if (wait > 0) {
            slowedDown(response, model, wait);
            return enrolPage(authentication, model);
        }
        Accounts.CodeCheck result = accounts.confirmEnrolment(userId, normalise(code), wrongCodes(request));
        if (result != Accounts.CodeCheck.ACCEPTED) {
            wrongCode(request, userId);
        }
        if (result == Accounts.CodeCheck.ACCEPTED) {
            events.publishEvent(new SecondFactorEnrolled(userId));
            return completeLogin(userId, request, response);
        }
        if (result == Accounts.CodeCheck.LOCKED) {
            return lockedOut(request, response, authentication);
        }
        model.addAttribute("error", "code.wrongAtEnrolment");
        return enrolPage(authentication, model);
    }

    private static int wrongCodes(HttpServletRequest request) {
        return request.getSession().getAttribute(WRONG_CODES) instanceof Integer count ? count : 0;
    }

    private void wrongCode(HttpServletRequest request, String userId) {
        request.getSession().setAttribute(WRONG_CODES, wrongCodes(request) + 1);
        throttle.failed(SecurityEvents.currentSource(), userId);
    }

    private String completeLogin(String userId, HttpServletRequest request, HttpServletResponse response) {
        throttle.succeeded(SecurityEvents.currentSource(), userId);
        request.getSession().removeAttribute(WRONG_CODES);
        request.changeSessionId();
        SessionEpochFilter.remember(request, accounts.find(userId).orElseThrow());
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(userId, null,
                Authorities.full(accounts.groupsOf(userId)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        PasswordStepHandler.CONTEXTS.saveContext(context, request, response);
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        CurrentUser user = new CurrentUser(userId, accounts.groupsOf(userId));
        // a webapp asked before the login that would refuse the person (a declarant following the entry
        // page's link to Cockpit) gives way to their own work
        if (saved != null && webapps.mayOpenPage(user, saved.getRedirectUrl())) {
            return "redirect:" + saved.getRedirectUrl();
        }
        return "redirect:" + landings.of(user);
    }

    private String lockedOut(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?locked";
    }

    private static String normalise(String code) {
        return code == null ? null : code.replaceAll("\\s", "");
    }
}
