package org.impexflow.home;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.CurrentUser;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.CaseInput;
import org.impexflow.establishment.Establishment;
import org.impexflow.importauthorisation.AuthorisationDocuments;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.ImportAuthorisation;
import org.impexflow.importauthorisation.ImportOperations;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.impexflow.web.SubmissionToken;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one import authorisation of the declarant's establishment: where it stands, its PDF, the
 * quantities imported under it and the form to record an import. Another establishment's answers 404.
 */
@Controller
@RequestMapping("/mes-declarations/autorisations-importation")
record MyImportAuthorisationsController(
        AuthorisationRegister register,
        AuthorisationDocuments documents,
        ImportOperations imports,
        Attachments attachments,
        Countries countries,
        TaskService taskService,
        DeclarantPages pages) {

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Europe/Paris");
    }

    @GetMapping("/{number}")
    String authorisation(@PathVariable String number, java.util.Locale locale, Model model) {
        show(own(number), model, Map.of(), locale);
        return "home/import-authorisation";
    }

    /** Records an import; refused with the fields at fault, the page shown again with what was typed. */
    @PostMapping("/{number}/importations")
    String recordImport(@PathVariable String number, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String importedOn, @RequestParam(required = false) String reference,
            @RequestParam(name = SubmissionToken.FIELD, required = false) String submission, java.util.Locale locale,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        ImportAuthorisation authorisation = own(number);
        String token = SubmissionToken.of(submission);
        Map<String, String> errors = new LinkedHashMap<>();
        Long amount = null;
        LocalDate date = null;
        try {
            amount = quantity == null || quantity.isBlank() ? null
                    : Long.valueOf(CaseInput.ungrouped(quantity));
        } catch (NumberFormatException e) {
            errors.put(ImportOperations.QUANTITY, Languages.text(locale, "ai.import.notANumber", quantity));
        }
        try {
            date = importedOn == null || importedOn.isBlank() ? null : LocalDate.parse(importedOn.strip());
        } catch (DateTimeParseException e) {
            errors.put(ImportOperations.IMPORTED_ON, Languages.text(locale, "ai.import.notADate", importedOn));
        }
        if (errors.isEmpty()) {
            try {
                var balance = imports.record(number, authorisation.getEstablishmentId(), amount, date, reference,
                        pages.user().userId(), locale, token);
                redirect.addFlashAttribute("recorded", new Object[] {balance.remaining(), authorisation.getQuantityUnit()});
                return "redirect:/mes-declarations/autorisations-importation/" + number;
            } catch (InvalidInputException refused) {
                for (FieldError error : refused.errors()) {
                    errors.merge(error.field(), error.message(), (a, b) -> a + " ; " + b);
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("typed", Map.of("quantity", quantity == null ? "" : quantity,
                "importedOn", importedOn == null ? "" : importedOn, "reference", reference == null ? "" : reference));
        if (token != null) {
            model.addAttribute("submission", token);
        }
        show(own(number), model, errors, locale);
        return "home/import-authorisation";
    }

    private void show(ImportAuthorisation a, Model model, Map<String, String> errors, java.util.Locale locale) {
        CurrentUser user = pages.user();
        if (!model.containsAttribute("submission")) {
            // the page's token: sent twice (a double click), one import is recorded
            model.addAttribute("submission", SubmissionToken.fresh());
        }
        model.addAttribute("a", a);
        model.addAttribute("establishment", pages.establishment());
        model.addAttribute("provenance", countries.name(a.getProvenanceCountry(), locale));
        model.addAttribute("origin", countries.name(a.getOriginCountry(), locale));
        model.addAttribute("balance", imports.balance(a));
        model.addAttribute("authorisationPdf", documents.authorisation(a).orElse(null));
        model.addAttribute("attachments", attachments.ofImportAuthorisation(a.getId()));
        model.addAttribute("history", register.history(a.getId()));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("quantity", "", "importedOn", LocalDate.now(zone()).toString(),
                    "reference", ""));
        }
        model.addAttribute("tasks", a.getProcessInstanceId() == null ? List.<Task>of()
                : taskService.createTaskQuery().processInstanceId(a.getProcessInstanceId()).active()
                        .or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr()
                        .orderByTaskCreateTime().asc().list());
    }

    private ImportAuthorisation own(String number) {
        Establishment establishment = pages.establishment();
        return register.byNumber(number).filter(a -> establishment.getId().equals(a.getEstablishmentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Aucune autorisation d'importation N° " + number + " pour votre établissement."));
    }
}
