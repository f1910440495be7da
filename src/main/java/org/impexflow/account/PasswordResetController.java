package org.impexflow.account;

import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mot de passe oublié" pages. */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot")
    String forgotPage() {
        return "account/forgot";
    }

    @PostMapping("/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        resets.request(email);
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
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("rules", PasswordPolicy.RULES);
        model.addAttribute("usable", true);
        if (!password.equals(confirmation)) {
            model.addAttribute("errors", java.util.List.of("Les deux mots de passe saisis sont différents."));
            return "account/reset";
        }
        try {
            if (!resets.reset(token, password)) {
                model.addAttribute("usable", false);
                return "account/reset";
            }
            return "redirect:/login?reset";
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", refused.errors().stream().map(FieldError::message).toList());
            return "account/reset";
        }
    }
}
