package org.impexflow.personaldata;

import java.util.Locale;
import java.util.stream.Collectors;


import org.impexflow.access.CurrentUser;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mes données" ({@value #PATH}): what the application keeps about the logged-in person, its JSON download
 * and the request for a correction. Every read is of the logged-in person: no path or parameter names
 * anyone, so nobody else's data can be asked for.
 */
@Controller
@RequestMapping(PersonalDataController.PATH)
record PersonalDataController(PersonalData data) {

    static final String PATH = "/mes-donnees";

    @GetMapping
    String page(@RequestParam(required = false) String sent, @RequestParam(required = false) String langue,
            Model model, Locale language) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("data", data.of(user.userId(), language).orElseThrow());
        model.addAttribute("pendingCorrections", data.pendingCorrections(user.userId()));
        model.addAttribute("sent", sent != null);
        model.addAttribute("languageSaved", langue != null);
        return "personaldata/page";
    }

    /**
     * The language of the person's mails and documents, kept on their account: only this form (a POST with
     * the page's CSRF token) changes it, and not the pages' language. FR | EN and {@code ?lang=} change the
     * browser's pages only.
     */
    @PostMapping("/langue")
    String chooseLanguage(@RequestParam(defaultValue = "") String language) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        // the account's only: the pages keep the language of this browser (FR | EN), as the page says
        data.chooseLanguage(user.userId(), language);
        return "redirect:" + PATH + "?langue";
    }

    /** The same data as a file, {@code mes-donnees.json}. */
    @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalData.View> download(Locale language) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mes-donnees.json\"")
                .contentType(MediaType.APPLICATION_JSON).body(data.of(user.userId(), language).orElseThrow());
    }

    @PostMapping("/rectification")
    String askCorrection(@RequestParam(defaultValue = "") String correctionRequest, Model model, Locale language) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        try {
            data.askCorrection(user.userId(), user.groupIds(), correctionRequest);
            return "redirect:" + PATH + "?sent";
        } catch (InvalidInputException refused) {
            model.addAttribute("correctionRequest", correctionRequest);
            model.addAttribute("errors", refused.errors().stream().collect(Collectors.groupingBy(
                    FieldError::field, Collectors.mapping(FieldError::message, Collectors.toList()))));
            model.addAttribute("data", data.of(user.userId(), language).orElseThrow());
            model.addAttribute("pendingCorrections", data.pendingCorrections(user.userId()));
            model.addAttribute("sent", false);
            return "personaldata/page";
        }
    }
}
