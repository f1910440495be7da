package org.impexflow.narcotics;

import java.util.Set;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.impexflow.establishment.Establishments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operators' guide to the JARE workbook: its sheets and columns, the checks of the report and how to
 * fix each finding, the documents to join. For the accounts of a narcotics operator and ANSM's agents.
 */
@Controller
record JareGuideController(NarcoticsOperators operators, Establishments establishments,
        AnnualDocumentTypes documentTypes) {

    static final String PATH = "/stupefiants/guide";
    /** ANSM's agents who read the guide (besides the operators' accounts). */
    private static final Set<String> ANSM = Set.of(Groups.NARCOTICS, Groups.REVIEWERS, Groups.SUPPORT,
            Groups.ANALYSTS, Groups.ADMINISTRATORS);

    @GetMapping(PATH)
    String guide(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        boolean agent = user.groupIds().stream().anyMatch(ANSM::contains);
        if (!agent && establishments.ofUser(user.userId()).filter(e -> operators.isOperator(e.getId())).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Guide réservé aux opérateurs de stupéfiants ou psychotropes et à l'ANSM.");
        }
        model.addAttribute("sheets", JareGuide.sheets());
        model.addAttribute("checks", JareGuide.checks());
        model.addAttribute("units", String.join(", ", JareGuide.units()));
        model.addAttribute("maxMegabytes", WorkbookFiles.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", WorkbookFiles.MAX_ROWS);
        model.addAttribute("listed", JareReader.LISTED);
        model.addAttribute("documentTypes", documentTypes.types());
        model.addAttribute("documentMegabytes", documentTypes.maxFileSize().toMegabytes());
        return "narcotics/guide";
    }
}
