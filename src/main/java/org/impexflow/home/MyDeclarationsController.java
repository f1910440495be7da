package org.impexflow.home;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.CurrentUser;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationDocuments;
import org.impexflow.exportdeclaration.DeclarationEvent;
import org.impexflow.exportdeclaration.DeclarationEventKind;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.reference.Countries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mes déclarations": the declarant's home (counters and the table of the establishment's cases) and
 * the page of one case. A declarant sees the cases of their own establishment only; another
 * establishment's case answers 404, as one that does not exist.
 */
@Controller
@RequestMapping("/mes-declarations")
record MyDeclarationsController(
        DeclarationRegister register,
        DeclarationDocuments documents,
        Establishments establishments,
        Attachments attachments,
        Countries countries,
        TaskService taskService,
        org.impexflow.exportdeclaration.DeclarationDrafts drafts,
        DeclarantPages pages,
        CaseTable table,
        org.impexflow.narcotics.NarcoticsOperators narcotics) {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** Past this page the table would read more than a million cases to cut one page: a request, not a page. */
    static final int MAX_PAGE = 10_000;

    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Europe/Paris");
    }

    @GetMapping
    String home(@RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "tri", defaultValue = "depot") String sort,
            @RequestParam(name = "sens", defaultValue = "desc") String direction,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "taille", defaultValue = "50") int size, Locale language, Model model) {
        java.util.Optional<Establishment> own = pages.establishmentIfAny();
        if (own.isEmpty()) {
            return pages.withoutEstablishment(model);
        }
        Establishment establishment = own.get();
        String sortKey = CaseTable.SORTS.containsKey(sort) ? sort : "depot";
        boolean ascending = "asc".equals(direction);
        int pageSize = PAGE_SIZES.contains(size) ? size : 50;
        if (page < 1 || page > MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Numéro de page hors limites : " + page);
        }
        CaseTable.Counts counts = table.counts(establishment.getId(), language);
        String statusFilter = counts.statuses().stream().map(s -> s[0]).filter(s -> s.equals(status)).findFirst()
                .orElse(null);
        String typeFilter = type != null && counts.types().contains(type) ? type : null;
        CaseTable.Result result = table.find(new CaseTable.Query(establishment.getId(), statusFilter, typeFilter, text,
                sortKey, ascending, page - 1, pageSize), counts, language);
        if (page > 1 && page > result.rows().getTotalPages()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Numéro de page hors limites : " + page);
        }
        model.addAttribute("establishment", establishment);
        model.addAttribute("narcoticsOperator", narcotics.isOperator(establishment.getId()));
        model.addAttribute("counters", counts.byKind().values());
        model.addAttribute("rows", result.rows());
        model.addAttribute("totalCapped", result.totalCapped());
        model.addAttribute("countCap", CaseTable.COUNT_CAP);
        model.addAttribute("statuses", counts.statuses());
        model.addAttribute("types", counts.types());
        model.addAttribute("status", statusFilter);
        model.addAttribute("type", typeFilter);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("sort", sortKey);
        model.addAttribute("direction", ascending ? "asc" : "desc");
        model.addAttribute("size", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("importRequestUrl", org.impexflow.access.Landing
                .tasklistStart(org.impexflow.importauthorisation.ImportAuthorisationProcess.KEY));
        return "home/declarations";
    }

    @GetMapping("/{number}")
    String declaration(@PathVariable String number, Model model) {
        CurrentUser user = pages.user();
        ExportDeclaration declaration = own(number);
        List<Attachment> files = attachments.ofDeclaration(declaration.getId());
        model.addAttribute("d", declaration);
        model.addAttribute("establishment", establishments.byId(declaration.getEstablishmentId()).orElseThrow());
        model.addAttribute("releaseCountry", countries.frenchName(declaration.getReleaseCountry()));
        model.addAttribute("destinationCountry", countries.frenchName(declaration.getDestinationCountry()));
        model.addAttribute("manufacturerCountry", declaration.getManufacturerCountry() == null ? null
                : countries.frenchName(declaration.getManufacturerCountry()));
        List<String> amends = register.amendedNumbers(number);
        model.addAttribute("amends", amends);
        model.addAttribute("supersededBy", register.supersededBy(number).orElse(null));
        model.addAttribute("attachments", files);
        List<DeclarationEvent> history = register.history(declaration.getId());
        model.addAttribute("history", history);
        model.addAttribute("validatedCopy", documents.validatedCopy(declaration).orElse(null));
        model.addAttribute("inForce", register.versionInForce(number).map(ExportDeclaration::getNumber).orElse(null));
        // closed because another DEC of the same version was validated: the version in force of what it amended
        model.addAttribute("overtakenBy", history.stream().anyMatch(e -> e.getKind() == DeclarationEventKind
                .AMENDMENT_OVERTAKEN) ? amends.stream().map(register::versionInForce)
                .flatMap(Optional::stream).map(ExportDeclaration::getNumber).findFirst().orElse(null) : null);
        model.addAttribute("tasks", declaration.getProcessInstanceId() == null ? List.<Task>of()
                : taskService.createTaskQuery().processInstanceId(declaration.getProcessInstanceId()).active()
                        .or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr()
                        .orderByTaskCreateTime().asc().list());
        return "home/declaration";
    }

    /** "Déclarer une modification": a DEC draft prefilled from the version in force. */
    @org.springframework.web.bind.annotation.PostMapping("/{number}/modification")
    String amend(@PathVariable String number) {
        ExportDeclaration declaration = own(number);
        return drafts.amend(declaration.getNumber(), declaration.getEstablishmentId(), pages.user().userId())
                .map(draft -> "redirect:/mes-declarations/brouillons/" + draft.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "La déclaration N° " + number + " n'a pas de version en vigueur."));
    }

    @GetMapping(path = "/{number}/aee.pdf")
    ResponseEntity<byte[]> acknowledgement(@PathVariable String number, java.util.Locale language) {
        ExportDeclaration declaration = own(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("AEE-" + number + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(documents.acknowledgementPdf(declaration, language));
    }

    /** The common DEI/DEC form prefilled from the case (in English: IES/AES), for the case's establishment only. */
    @GetMapping(path = "/{number}/formulaire.pdf")
    ResponseEntity<byte[]> commonForm(@PathVariable String number, java.util.Locale language) {
        ExportDeclaration declaration = own(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((java.util.Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "IES-AES-"
                                : "DEI-DEC-") + number + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(documents.commonFormPdf(declaration, language));
    }

    private ExportDeclaration own(String number) {
        Establishment establishment = pages.establishment();
        return register.byNumber(number).filter(d -> establishment.getId().equals(d.getEstablishmentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Aucune déclaration N° " + number + " pour votre établissement."));
    }
}
