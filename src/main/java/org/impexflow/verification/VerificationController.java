package org.impexflow.verification;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public verification page (no login): what a code certifies, and the importing authority's
 * confirmation of receipt.
 */
@Controller
@RequestMapping("/verification")
class VerificationController {

    private static final int MAX_NAME = 300;

    private final VerificationCodes codes;

    VerificationController(VerificationCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    String form(@RequestParam(name = "code", required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verification/" + VerificationCodes.normalise(code).map(VerificationCodes::display)
                    .orElse(code.strip().replaceAll("[^A-Za-z0-9-]", ""));
        }
        return "verification/form";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, @RequestParam(name = "recu", required = false) String received,
            Model model, HttpServletResponse response) {
        Optional<VerificationCodes.Verified> verified = codes.verify(code);
        if (verified.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("typed", code);
            return "verification/not-found";
        }
        model.addAttribute("verified", verified.get());
        model.addAttribute("received", received != null);
        return "verification/document";
    }

    @PostMapping("/{code}/reception")
    String confirmReceipt(@PathVariable String code, @RequestParam(defaultValue = "") String authority,
            @RequestParam(defaultValue = "") String person, Model model, HttpServletResponse response) {
        Optional<VerificationCodes.Verified> verified = codes.verify(code);
        if (verified.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("typed", code);
            return "verification/not-found";
        }
        String authorityName = authority.strip();
        String personName = person.strip();
        if (authorityName.isEmpty() || personName.isEmpty() || authorityName.length() > MAX_NAME
                || personName.length() > MAX_NAME) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("verified", verified.get());
            model.addAttribute("received", false);
            model.addAttribute("authority", authorityName);
            model.addAttribute("person", personName);
            model.addAttribute("authorityError", authorityName.isEmpty() || authorityName.length() > MAX_NAME);
            model.addAttribute("personError", personName.isEmpty() || personName.length() > MAX_NAME);
            return "verification/document";
        }
        codes.confirmReceipt(code, authorityName, personName);
        return "redirect:/verification/" + verified.get().displayCode() + "?recu";
    }
}
