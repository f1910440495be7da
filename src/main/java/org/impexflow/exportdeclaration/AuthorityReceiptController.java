package org.impexflow.exportdeclaration;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseVerification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of the link mailed to the importing authority with a validated declaration (no login: the
 * link's token is the proof). Opening it shows the declaration and a button; only the button (a POST with
 * the page's CSRF token) confirms, so that mail scanners that open links confirm nothing. A link confirms
 * once; afterwards it says when it was.
 */
@Controller
record AuthorityReceiptController(AuthorityReceipts receipts, CaseVerification documents) {

    private static final int MAX_NAME = 300;
    private static final String THANKS = "thanks";

    @GetMapping(AuthorityReceipts.PATH + "{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<AuthorityReceipts.Receipt> receipt = receipts.find(token);
        if (receipt.isEmpty()) {
            return unknown(response);
        }
        // thanks only to the browser whose POST confirmed (a flash attribute of its session)
        return page(model, token, receipt.get(), Boolean.TRUE.equals(model.getAttribute(THANKS)));
    }

    @PostMapping(AuthorityReceipts.PATH + "{token}")
    String confirm(@PathVariable String token, @RequestParam(defaultValue = "") String person, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AuthorityReceipts.Receipt> receipt = receipts.find(token);
        if (receipt.isEmpty()) {
            return unknown(response);
        }
        String name = person.strip();
        if (!receipt.get().confirmed() && (name.isEmpty() || name.length() > MAX_NAME)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("personError", true);
            model.addAttribute("person", name);
            return page(model, token, receipt.get(), false);
        }
        if (receipts.confirm(token, name) == AuthorityReceipts.Outcome.CONFIRMED) {
            redirect.addFlashAttribute(THANKS, true);
        }
        return "redirect:" + AuthorityReceipts.PATH + token;
    }

    private String page(Model model, String token, AuthorityReceipts.Receipt receipt, boolean thanks) {
        model.addAttribute("token", token);
        model.addAttribute("receipt", receipt);
        model.addAttribute("thanks", thanks && receipt.confirmed());
        model.addAttribute("confirmedOn", receipt.confirmedAt() == null ? null
                : receipt.confirmedAt().atZone(CaseNumbering.PARIS).toLocalDateTime());
        model.addAttribute("document", documents.describe(ExportDeclaration.KIND, receipt.declarationId()).orElseThrow());
        return "verification/receipt";
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "verification/receipt-unknown";
    }
}
