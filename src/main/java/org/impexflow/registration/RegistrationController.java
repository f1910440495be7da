package org.impexflow.registration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.impexflow.account.PasswordCheck;
import org.impexflow.account.PasswordPolicy;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.impexflow.web.TooManyRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public pages before a person can log in: registration, e-mail verification, CGU. */
@Controller
@RequestMapping("/register")
record RegistrationController(Registrations registrations, PasswordPolicy passwordPolicy, RegistrationLimits limits) {

    static final String SESSION_KEY = "impexflow.registration";
    static final String SESSION_EMAIL = "impexflow.registration.email";
    /**
     * An address already known (an account or a request pending) gets a session as if its request
     * were new: its codes are refused, counted and answered exactly as for a real request.
     */
    static final String DECOY = "decoy";
    static final String DECOY_FAILURES = "impexflow.registration.decoyFailures";

    /** {@code email}: the address an invitation prefills (a contact invited by ANSM support). */
    @GetMapping
    String form(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("form", new Registrations.Form("", "", email.length() > 255 ? "" : email.strip(), ""));
        model.addAttribute("rules", PasswordPolicy.RULES);
        return "registration/register";
    }

    @PostMapping
    String register(@RequestParam(defaultValue = "") String firstName, @RequestParam(defaultValue = "") String lastName,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        // the client's address: with the forwarded headers of a trusted proxy honoured, the person's own
        Optional<Duration> wait = limits.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            return TooManyRequests.answer(wait.get(), response, model, "registration/limited");
        }
        try {
            Optional<String> id = registrations.register(new Registrations.Form(firstName, lastName, email, password));
            String address = email.trim().toLowerCase(java.util.Locale.ROOT);
            session.setAttribute(SESSION_KEY, id.orElse(DECOY));
            session.setAttribute(SESSION_EMAIL, address);
            session.setAttribute(DECOY_FAILURES, 0);
            model.addAttribute("email", address);
            return "registration/verify";
        } catch (InvalidInputException refused) {
            limits.giveBack(request.getRemoteAddr());
            model.addAttribute("form", new Registrations.Form(firstName, lastName, email, ""));
            model.addAttribute("rules", PasswordPolicy.RULES);
            model.addAttribute("errors", byField(refused.errors()));
            return "registration/register";
        }
    }

    /** The live check of the password rules while the person types (nothing is stored). */
    @PostMapping(path = "/password-check", consumes = "application/json", produces = "application/json")
    @ResponseBody
    Map<String, Object> passwordCheck(@RequestBody Map<String, String> input) {
        PasswordCheck check = passwordPolicy.check(input.get("password"), input.get("firstName"),
                input.get("lastName"), input.get("email"));
        return Map.of("valid", check.isValid(), "strengthScore", check.strengthScore(),
                "strengthLabel", check.strengthLabel(),
                "failures", check.failures().stream().map(f -> Map.of("rule", f.rule(), "message", f.message()))
                        .toList());
    }

    @GetMapping("/verify")
    String verifyPage(@RequestParam(required = false) String token, @RequestParam(required = false) String code,
            HttpSession session, Model model) {
        if (token != null) {
            Optional<String> id = registrations.idOfLink(token);
            id.ifPresent(value -> session.setAttribute(SESSION_KEY, value));
            id.flatMap(registrations::emailOf).ifPresent(e -> session.setAttribute(SESSION_EMAIL, e));
            return outcome(id.isPresent() ? registrations.verifyLink(token, code) : Registrations.Verification.NOT_FOUND,
                    id, session, model);
        }
        sessionEmail(session).ifPresent(e -> model.addAttribute("email", e));
        return "registration/verify";
    }

    /** Only this session's request can be verified here; another browser uses the mail's link. */
    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
        Optional<String> id = sessionRegistration(session);
        if (id.filter(DECOY::equals).isPresent()) {
            registrations.checkDecoyCode(code);
            int failures = (Integer) session.getAttribute(DECOY_FAILURES) + 1;
            session.setAttribute(DECOY_FAILURES, failures);
            return outcome(failures >= registrations.maxFailedCodes() ? Registrations.Verification.TOO_MANY_WRONG_CODES
                    : Registrations.Verification.WRONG_CODE, id, session, model);
        }
        return outcome(registrations.verify(id.orElse(null), code), id, session, model);
    }

    @GetMapping("/cgu")
    String cgu(HttpSession session, Model model) {
        Optional<String> id = sessionRegistration(session).filter(registrations::isVerified);
        if (id.isEmpty()) {
            model.addAttribute("error", "Aucune demande vérifiée dans cette session : validez d'abord votre adresse.");
            return "registration/verify";
        }
        return "registration/cgu";
    }

    @PostMapping("/cgu")
    String answerCgu(@RequestParam(required = false) String accept, @RequestParam(required = false) String refuse,
            HttpSession session, Model model) {
        Optional<String> id = sessionRegistration(session).filter(registrations::isVerified);
        if (id.isEmpty()) {
            model.addAttribute("error", "Aucune demande vérifiée dans cette session : validez d'abord votre adresse.");
            return "registration/verify";
        }
        if (refuse != null) {
            registrations.refuseCgu(id.get());
            session.removeAttribute(SESSION_KEY);
            return "registration/refused";
        }
        if (!"on".equals(accept) && !"true".equals(accept)) {
            model.addAttribute("error", "Cochez « J'accepte » pour continuer, ou refusez les conditions.");
            return "registration/cgu";
        }
        registrations.acceptCgu(id.get());
        session.removeAttribute(SESSION_KEY);
        return "registration/created";
    }

    /**
     * « Annuler » at any step: the pending registration of this session (if any) is removed, the session
     * forgets it, and the person is back on the login page.
     */
    @PostMapping("/cancel")
    String cancel(HttpSession session) {
        sessionRegistration(session).filter(id -> !DECOY.equals(id)).ifPresent(registrations::cancel);
        session.removeAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_EMAIL);
        session.removeAttribute(DECOY_FAILURES);
        return "redirect:/login?registrationCancelled";
    }

    private String outcome(Registrations.Verification verification, Optional<String> id, HttpSession session,
            Model model) {
        switch (verification) {
            case VERIFIED:
                return "redirect:/register/cgu";
            case WRONG_CODE:
                model.addAttribute("error", "Code incorrect. Il vous reste " + id.map(value -> remainingAttempts(
                        value, session)).orElse(0) + " essai(s).");
                sessionEmail(session).ifPresent(e -> model.addAttribute("email", e));
                return "registration/verify";
            case TOO_MANY_WRONG_CODES:
                session.removeAttribute(SESSION_KEY);
                session.removeAttribute(SESSION_EMAIL);
                model.addAttribute("error", "Trop de codes erronés : la demande est annulée. Recommencez l'inscription.");
                return "registration/verify";
            default:
                model.addAttribute("error", "Demande introuvable ou expirée dans ce navigateur : ouvrez le lien du "
                        + "courriel reçu, ou recommencez l'inscription.");
                return "registration/verify";
        }
    }

    private int remainingAttempts(String id, HttpSession session) {
        return DECOY.equals(id) ? Math.max(0, registrations.maxFailedCodes() - (Integer) session.getAttribute(
                DECOY_FAILURES)) : registrations.remainingAttempts(id);
    }

    private static Optional<String> sessionRegistration(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(SESSION_KEY));
    }

    private static Optional<String> sessionEmail(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(SESSION_EMAIL));
    }

    private static Map<String, List<String>> byField(List<FieldError> errors) {
        Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
        errors.forEach(e -> byField.computeIfAbsent(e.field(), f -> new java.util.ArrayList<>()).add(e.message()));
        return byField;
    }

    /** The message of a code typed before the process is ready for it (a few milliseconds after the mail). */
    @org.springframework.web.bind.annotation.ExceptionHandler(MismatchingMessageCorrelationException.class)
    String notReady(Model model) {
        model.addAttribute("error", "Votre demande est encore en cours d'enregistrement : réessayez dans quelques "
                + "secondes.");
        return "registration/verify";
    }
}
