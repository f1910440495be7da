package org.impexflow.account;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.impexflow.audit.SecurityEvents;
import org.impexflow.reference.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.impexflow.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mot de passe oublié" pages. A request for a link is answered at once, without looking at the
 * address: the account is looked up and the mail sent afterwards, by one thread of this page, so the
 * answer is the same, in content and in time, for an address with an account and one without. The
 * queue is bounded ({@value #QUEUE} requests): beyond, requests are dropped (and logged), never the
 * memory of the server.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetController.class);
    static final int QUEUE = 200;

    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final ThreadPoolExecutor requests = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), task -> {
                Thread thread = new Thread(task, "password-reset-requests");
                thread.setDaemon(true);
                return thread;
            }, (task, executor) -> LOG.warn("Password reset request dropped: {} requests waiting", QUEUE));

    PasswordResetController(PasswordResets resets, PasswordPolicy policy) {
        this.resets = resets;
        this.policy = policy;
    }

    @PreDestroy
    void stop() {
        requests.shutdown();
    }

    @GetMapping("/forgot")
    String forgotPage() {
        return "account/forgot";
    }

    @PostMapping("/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        String source = SecurityEvents.currentSource();
        requests.execute(() -> {
            try {
                resets.request(email, source);
            } catch (RuntimeException e) {
                LOG.warn("Password reset request not handled", e);
            }
        });
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    @GetMapping("/reset")
    String resetPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("rules", PasswordPolicy.RULES);
        model.addAttribute("usable", resets.isUsable(token));
        return "account/reset";
    }

    @PostMapping("/reset")
    String reset(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Locale locale, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("rules", PasswordPolicy.RULES);
        model.addAttribute("usable", true);
        if (!password.equals(confirmation)) {
            model.addAttribute("errors", java.util.List.of(Languages.text(locale, "reset.different")));
            return "account/reset";
        }
        try {
            if (!resets.reset(token, password)) {
                model.addAttribute("usable", false);
                return "account/reset";
            }
            return "redirect:/login?reset";
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", refused.errors().stream()
                    .map(error -> policy.inLanguage(error.message(), locale)).toList());
            return "account/reset";
        }
    }
}
