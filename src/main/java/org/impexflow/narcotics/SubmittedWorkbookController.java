package org.impexflow.narcotics;

import java.nio.charset.StandardCharsets;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workbook an operator submitted and its report, for ANSM's narcotics team and support: what the
 * review task links to.
 */
@RestController
@RequestMapping("/ansm/stupefiants/declarations")
record SubmittedWorkbookController(AnnualDeclarations declarations) {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @GetMapping("/{id}/jare.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        AnnualDeclaration declaration = submitted(id);
        return file(declaration.getWorkbook(), "JARE-" + declaration.getYear() + "-" + id + ".xlsx");
    }

    @GetMapping("/{id}/rapport.xlsx")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        AnnualDeclaration declaration = submitted(id);
        JareReport report = declarations.check(declaration.getOperatorId(), declaration.getYear(),
                declaration.getWorkbook());
        return file(JareReportWorkbook.write(report, "Rapport de contrôle – déclaration annuelle "
                + declaration.getYear()), "Rapport-JARE-" + declaration.getYear() + "-" + id + ".xlsx");
    }

    private AnnualDeclaration submitted(long id) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!user.groupIds().contains(Groups.NARCOTICS) && !user.groupIds().contains(Groups.SUPPORT)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé au pôle stupéfiants de l'ANSM.");
        }
        return declarations.find(id).filter(d -> d.getWorkbook() != null).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun fichier soumis pour cette déclaration."));
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
