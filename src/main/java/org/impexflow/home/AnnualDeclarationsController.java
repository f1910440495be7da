package org.impexflow.home;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.attachment.Attachment;
import org.impexflow.establishment.Establishment;
import org.impexflow.narcotics.AnnualDeclaration;
import org.impexflow.narcotics.AnnualDeclarationDocuments;
import org.impexflow.narcotics.AnnualDeclarations;
import org.impexflow.narcotics.AnnualDocumentTypes;
import org.impexflow.narcotics.JareReport;
import org.impexflow.narcotics.ManagerRequests;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.narcotics.WorkbookFiles;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual narcotics declarations of the operator: the prefilled JARE workbook to download, the
 * filled one to upload and check (its report in the page, cell by cell, and to download), and the
 * submission, which only a Manager of the operator makes; the documents to join, which any account of
 * the operator uploads.
 */
@Controller
@RequestMapping("/stupefiants/declarations")
record AnnualDeclarationsController(
        AnnualDeclarations declarations,
        AnnualDeclarationDocuments documents,
        AnnualDocumentTypes documentTypes,
        NarcoticsOperators operators,
        ManagerRequests managerRequests,
        DeclarantPages pages) {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Europe/Paris");
    }

    @GetMapping
    String list(Model model) {
        showList(operator(), model, Map.of(), "");
        return "narcotics/declarations";
    }

    /**
     * The person asks for the operator's "Manager" profile (process narcotics-manager-request): refused,
     * naming the field, for an establishment that is not an operator, a Manager already, a request
     * pending or no reason.
     */
    @PostMapping("/gestionnaire")
    String askManager(@RequestParam(name = "managerRequestReason", required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Establishment establishment = pages.establishment();
        try {
            managerRequests.request(pages.user().userId(), pages.user().groupIds(), establishment.getId(), reason);
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.put(error.field(), error.message());
            }
            if (errors.containsKey("establishment")) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, errors.get("establishment"));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            showList(establishment, model, errors, reason == null ? "" : reason);
            return "narcotics/declarations";
        }
        redirect.addFlashAttribute("managerRequestSent", true);
        return "redirect:/stupefiants/declarations#manager-request";
    }

    private void showList(Establishment operator, Model model, Map<String, String> errors, String reason) {
        String userId = pages.user().userId();
        model.addAttribute("operator", operator);
        model.addAttribute("declarations", declarations.ofOperator(operator.getId()));
        model.addAttribute("manager", operators.isManager(operator.getId(), userId));
        model.addAttribute("managerRequestPending", managerRequests.pending(operator.getId(), userId));
        if (!model.containsAttribute("managerRequestSent")) {
            model.addAttribute("managerRequestSent", false);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("managerRequestReason", reason);
    }

    @GetMapping("/{year}")
    String declaration(@PathVariable int year, Model model) {
        show(declaration(year), model, null, Map.of(), "");
        return "narcotics/declaration";
    }

    @GetMapping("/{year}/jare.xlsx")
    ResponseEntity<byte[]> template(@PathVariable int year) {
        AnnualDeclaration declaration = declaration(year);
        return file(declarations.template(declaration.getOperatorId(), year), "JARE-" + year + ".xlsx");
    }

    /**
     * Reads the workbook and shows its report; keeps the report alone, to download, for the person
     * (nothing in the HTTP session, nothing of the file).
     */
    @PostMapping("/{year}/controle")
    String check(@PathVariable int year, @RequestParam("workbook") MultipartFile workbook,
            @RequestParam(name = "comment", required = false) String comment, Model model,
            HttpServletResponse response) throws IOException {
        AnnualDeclaration declaration = declaration(year);
        byte[] content = upload(workbook);
        JareReport report = declarations.check(declaration.getOperatorId(), year, pages.user().userId(), content);
        if (report.blocked()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        show(declaration, model, report, Map.of(), comment == null ? "" : comment);
        model.addAttribute("workbookName", workbook.getOriginalFilename());
        return "narcotics/declaration";
    }

    /** A Manager submits; refused with the report and the field at fault, storing nothing. */
    @PostMapping("/{year}/soumission")
    String submit(@PathVariable int year, @RequestParam("workbook") MultipartFile workbook,
            @RequestParam(name = "comment", required = false) String comment, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        AnnualDeclaration declaration = declaration(year);
        byte[] content = upload(workbook);
        try {
            declarations.submit(declaration.getOperatorId(), year, pages.user().userId(),
                    workbook.getOriginalFilename(), content, comment);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/stupefiants/declarations/" + year;
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.put(error.field(), error.message());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            show(declaration, model, declarations.check(declaration.getOperatorId(), year, pages.user().userId(),
                    content), errors, comment == null ? "" : comment);
            // a browser never refills a file field: the page names the file to choose again
            model.addAttribute("workbookName", workbook.getOriginalFilename());
            return "narcotics/declaration";
        }
    }

    /**
     * Any account of the operator joins one of the documents the declaration lists; refused with the
     * field at fault, storing nothing.
     */
    @PostMapping("/{year}/pieces")
    String joinDocument(@PathVariable int year, @RequestParam(name = "documentType", required = false) String type,
            @RequestParam(name = "document", required = false) MultipartFile document, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        AnnualDeclaration declaration = declaration(year);
        byte[] content;
        try (InputStream in = document == null ? InputStream.nullInputStream() : document.getInputStream()) {
            content = documents.read(in);
        }
        try {
            documents.join(declaration.getOperatorId(), year, pages.user().userId(), type,
                    document == null ? null : document.getOriginalFilename(), content);
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.put(error.field(), error.message());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            show(declaration, model, null, errors, "");
            model.addAttribute("documentType", type);
            return "narcotics/declaration";
        }
        redirect.addFlashAttribute("documentJoined", true);
        return "redirect:/stupefiants/declarations/" + year + "#documents";
    }

    /** The report of the workbook the person last uploaded on this page, as a workbook. */
    @GetMapping("/{year}/rapport.xlsx")
    ResponseEntity<byte[]> report(@PathVariable int year) {
        AnnualDeclaration declaration = declaration(year);
        byte[] report = declarations.lastReport(declaration.getOperatorId(), year, pages.user().userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Déposez d'abord un fichier JARE à contrôler."));
        return file(report, "Rapport-JARE-" + year + ".xlsx");
    }

    /**
     * The uploaded file, read from the multipart (which the container keeps on disk) up to one byte
     * over the limit: enough for the check to refuse a larger file without holding it.
     */
    private static byte[] upload(MultipartFile workbook) throws IOException {
        try (InputStream in = workbook.getInputStream()) {
            return WorkbookFiles.read(in);
        }
    }

    private void show(AnnualDeclaration declaration, Model model, JareReport report, Map<String, String> errors,
            String comment) {
        Establishment operator = operator();
        model.addAttribute("operator", operator);
        model.addAttribute("d", declaration);
        model.addAttribute("history", declarations.history(declaration.getId()));
        model.addAttribute("manager", operators.isManager(operator.getId(), pages.user().userId()));
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        model.addAttribute("comment", comment);
        model.addAttribute("documentTypes", documentTypes);
        List<Attachment> joined = documents.of(declaration.getId());
        model.addAttribute("documents", joined);
        model.addAttribute("joinedCounts", joined.stream().collect(Collectors.groupingBy(Attachment::getDocumentType,
                Collectors.counting())));
    }

    private Establishment operator() {
        Establishment establishment = pages.establishment();
        if (!operators.isOperator(establishment.getId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Votre établissement n'est pas enregistré pour une activité de stupéfiants ou psychotropes.");
        }
        return establishment;
    }

    private AnnualDeclaration declaration(int year) {
        return declarations.of(operator().getId(), year).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Aucune déclaration annuelle " + year + " pour votre établissement."));
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
