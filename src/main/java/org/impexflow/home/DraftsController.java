package org.impexflow.home;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.access.CurrentUser;
import org.impexflow.establishment.Establishment;
import org.impexflow.exportdeclaration.DeclarationDraft;
import org.impexflow.exportdeclaration.DeclarationDrafts;
import org.impexflow.exportdeclaration.NoMarketingAuthorisationReason;
import org.impexflow.reference.Countries;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafts ("En brouillon") on the declarant's pages: a new declaration or one left unfinished, saved,
 * filed or discarded. Another establishment's draft answers 404.
 */
@Controller
@RequestMapping("/mes-declarations/brouillons")
record DraftsController(DeclarationDrafts drafts, DeclarantPages pages, Countries countries) {

    @GetMapping("/nouveau")
    String create(Model model) {
        pages.establishment();
        return form(model, null, Map.of("declarationType", "DEI"), Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, @RequestParam(name = "enregistre", required = false) String saved,
            Model model) {
        DeclarationDraft draft = drafts.find(id, pages.establishment().getId()).orElseThrow(DraftsController::notFound);
        model.addAttribute("saved", saved != null);
        model.addAttribute("number", draft.getNumber());
        return form(model, draft.getId(), drafts.fields(draft), Map.of());
    }

    @PostMapping
    String submit(@RequestParam(name = "id", required = false) Long id,
            @RequestParam(name = "action") String action, @RequestParam Map<String, String> typed, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = pages.user();
        Establishment establishment = pages.establishment();
        if (id != null && drafts.find(id, establishment.getId()).isEmpty()) {
            // filed or deleted meanwhile (another tab, the back button), or not the establishment's: nothing is
            // saved, filed or deleted, and what was typed is shown again, to be saved as a new draft (the same
            // answer whatever became of the draft)
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", "draft.gone");
            return form(model, null, typed, Map.of());
        }
        try {
            switch (action) {
                case "abandonner" -> {
                    if (id != null) {
                        // asked first, as from the home table: a saved draft is deleted for good
                        return "redirect:/mes-declarations/brouillons/" + id + "/suppression";
                    }
                    redirect.addFlashAttribute("notice", "draft.discarded");
                    return "redirect:/mes-declarations";
                }
                case "deposer" -> {
                    DeclarationDrafts.Filed filed = drafts.file(id, establishment.getId(), establishment.getSiret(),
                            user.userId(), user.groupIds(), typed);
                    if (filed.number().isPresent()) {
                        redirect.addFlashAttribute("notice", "draft.filed");
                        return "redirect:/mes-declarations/" + filed.number().get();
                    }
                    redirect.addFlashAttribute("notice", "draft.notRequired");
                    return "redirect:/mes-declarations";
                }
                default -> {
                    DeclarationDraft draft = drafts.save(id, establishment.getId(), user.userId(), typed);
                    return "redirect:/mes-declarations/brouillons/" + draft.getId() + "?enregistre";
                }
            }
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new HashMap<>();
            for (FieldError error : refused.errors()) {
                errors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            }
            Long draftId = refused instanceof DeclarationDrafts.Refused filing ? filing.draftId() : id;
            // a filing refused keeps what was typed in the draft; a draft refused (a text too long) keeps nothing
            model.addAttribute("refusal", "deposer".equals(action) ? "draft.refused" : "draft.notSaved");
            if (draftId != null) {
                drafts.find(draftId, establishment.getId()).ifPresent(d -> model.addAttribute("number", d.getNumber()));
            }
            return form(model, draftId, typed, errors);
        }
    }

    /**
     * The home table's « Supprimer le brouillon » asks first: this page names the draft and deletes it only
     * by its own button (no script needed); another establishment's draft, or none, answers 404.
     */
    @GetMapping("/{id}/suppression")
    String confirmDelete(@PathVariable Long id, Model model) {
        DeclarationDraft draft = drafts.find(id, pages.establishment().getId()).orElseThrow(DraftsController::notFound);
        model.addAttribute("draft", draft);
        return "home/draft-delete";
    }

    /** Deletes a draft (the confirmation page's button); another establishment's draft, or none, answers 404. */
    @PostMapping("/{id}/suppression")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        if (!drafts.discard(id, pages.establishment().getId())) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "draft.discarded");
        return "redirect:/mes-declarations";
    }

    private String form(Model model, Long id, Map<String, String> fields, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("f", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", countries.all());
        model.addAttribute("reasons", Arrays.asList(NoMarketingAuthorisationReason.values()));
        return "home/draft";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Brouillon introuvable : il a été déposé ou "
                + "supprimé. Vos déclarations déposées sont dans « Mes déclarations ».");
    }
}
