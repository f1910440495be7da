package org.impexflow.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.impexflow.account.PasswordCheck;
import org.impexflow.account.PasswordPolicy;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
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
class RegistrationController {

    static final String SESSION_KEY = "impexflow.registration";

    private final Registrations registrations;
    private final PasswordPolicy passwordPolicy;

    RegistrationController(Registrations registrations, PasswordPolicy passwordPolicy) {
        this.registrations = registrations;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new Registrations.Form("", "", "", ""));
        model.addAttribute("rules", PasswordPolicy.RULES);
        return "registration/register";
    }

    @PostMapping
    String register(@RequestParam(defaultValue = "") String firstName, @RequestParam(defaultValue = "") String lastName,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            HttpSession session, Model model) {
        try {
            Optional<String> id = registrations.register(new Registrations.Form(firstName, lastName, email, password));
            session.removeAttribute(SESSION_KEY);
            id.ifPresent(value -> session.setAttribute(SESSION_KEY, value));
            model.addAttribute("email", email.trim().toLowerCase(java.util.Locale.ROOT));
            return "registration/verify";
        } catch (InvalidInputException refused) {
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
            return outcome(id.isPresent() ? registrations.verifyLink(token, code) : Registrations.Verification.NOT_FOUND,
                    id, session, model);
        }
        sessionRegistration(session).flatMap(registrations::emailOf).ifPresent(e -> model.addAttribute("email", e));
        return "registration/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String email,
            HttpSession session, Model model) {
        Optional<String> id = sessionRegistration(session);
        return outcome(registrations.verify(id, email, code), id, session, model);
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

    private String outcome(Registrations.Verification verification, Optional<String> id, HttpSession session,
            Model model) {
        switch (verification) {
            case VERIFIED:
                return "redirect:/register/cgu";
            case WRONG_CODE:
                model.addAttribute("error", "Code incorrect. Il vous reste " + id.map(registrations::remainingAttempts)
                        .orElse(0) + " essai(s).");
                id.flatMap(registrations::emailOf).ifPresent(e -> model.addAttribute("email", e));
                return "registration/verify";
            case TOO_MANY_WRONG_CODES:
                session.removeAttribute(SESSION_KEY);
                model.addAttribute("error", "Trop de codes erronés : la demande est annulée. Recommencez l'inscription.");
                return "registration/verify";
            default:
                model.addAttribute("error", "Demande introuvable ou expirée. Recommencez l'inscription.");
                return "registration/verify";
        }
    }

    private static Optional<String> sessionRegistration(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(SESSION_KEY));
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
