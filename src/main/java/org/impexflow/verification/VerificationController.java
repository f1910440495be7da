package org.impexflow.verification;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public verification page (no login): what a code certifies. It records nothing: the importing
 * authority confirms receipt through the link of the mail that transmitted the declaration.
 */
@Controller
@RequestMapping("/verification")
record VerificationController(VerificationCodes codes) {

    @GetMapping
    String form(@RequestParam(name = "code", required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verification/" + VerificationCodes.normalise(code).map(VerificationCodes::display)
                    .orElse(code.strip().replaceAll("[^A-Za-z0-9-]", ""));
        }
        return "verification/form";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<VerificationCodes.Verified> verified = codes.verify(code);
        if (verified.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("typed", code);
            return "verification/not-found";
        }
        model.addAttribute("verified", verified.get());
        return "verification/document";
    }
}
