package org.impexflow.audit;

import java.util.Arrays;
import java.util.Locale;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Journal de sécurité" ({@code /ansm/journal-securite}): the security log for ANSM administrators
 * ({@code camunda-admin}) only, newest first, {@value #PAGE_SIZE} a page, filtered by account (as
 * subject or actor) and by kind. A page beyond the last, or a kind that does not exist, answers 400.
 */
@Controller
record SecurityLogController(SecurityEvents events) {

    static final int PAGE_SIZE = 50;

    @GetMapping("/ansm/journal-securite")
    String page(@RequestParam(name = "compte", required = false) String account,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model, Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!user.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux administrateurs de l'ANSM");
        }
        SecurityEventKind kind = kind(type);
        if (page < 1 || page > Integer.MAX_VALUE / PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Page inexistante : " + page);
        }
        Page<SecurityEvent> rows = events.search(account, kind, page - 1, PAGE_SIZE);
        if (page > Math.max(1, rows.getTotalPages())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Page inexistante : " + page);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("account", account == null ? "" : account.trim());
        model.addAttribute("type", kind == null ? "" : kind.name());
        model.addAttribute("kinds", Arrays.stream(SecurityEventKind.values())
                .map(k -> new String[] {k.name(), k.label(locale)}).toList());
        return "audit/journal";
    }

    private static SecurityEventKind kind(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return SecurityEventKind.valueOf(type.trim());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Type d'événement inconnu : " + type);
        }
    }
}
