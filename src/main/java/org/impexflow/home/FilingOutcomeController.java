package org.impexflow.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.impexflow.establishment.Establishment;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.ExportDeclarationProcess;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What became of a filing made in Tasklist, for the person who made it: the start form answers only the
 * process instance's id, so Tasklist's script (tasklist/impexflow/filed.js) asks here for the case's number
 * and the link to its page, or why nothing was registered. Only the filer's establishment gets an answer;
 * anyone else 404, as for the case pages.
 */
@RestController
class FilingOutcomeController {

    private final DeclarantPages pages;
    private final HistoryService history;
    private final DeclarationRegister declarations;
    private final AuthorisationRegister authorisations;
    private final MessageSource messages;

    FilingOutcomeController(DeclarantPages pages, HistoryService history, DeclarationRegister declarations,
            AuthorisationRegister authorisations, MessageSource messages) {
        this.pages = pages;
        this.history = history;
        this.declarations = declarations;
        this.authorisations = authorisations;
        this.messages = messages;
    }

    @GetMapping(path = "/mes-declarations/depot/{processInstanceId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> outcome(@PathVariable String processInstanceId, Locale language) {
        Establishment establishment = pages.establishment();
        String userId = pages.user().userId();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw notFound();
        }
        String number = instance.getBusinessKey();
        String kind = instance.getProcessDefinitionKey();
        if (ExportDeclarationProcess.KEY.equals(kind)) {
            Optional<Map<String, Object>> registered = Optional.ofNullable(number).flatMap(declarations::byNumber)
                    .filter(d -> establishment.getId().equals(d.getEstablishmentId()))
                    .map(d -> registered("filed.declaration", d.getNumber(), "/mes-declarations/" + d.getNumber(),
                            language));
            if (registered.isPresent()) {
                return registered.get();
            }
            if (number == null && userId.equals(instance.getStartUserId())) {
                return notRegistered(processInstanceId, language);
            }
        } else if (ImportAuthorisationProcess.KEY.equals(kind) && number != null) {
            return authorisations.byNumber(number).filter(a -> establishment.getId().equals(a.getEstablishmentId()))
                    .map(a -> registered("filed.importAuthorisation", a.getNumber(),
                            "/mes-declarations/autorisations-importation/" + a.getNumber(), language))
                    .orElseThrow(this::notFound);
        }
        throw notFound();
    }

    private Map<String, Object> registered(String kind, String number, String url, Locale language) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registered", true);
        answer.put("number", number);
        answer.put("title", messages.getMessage(kind + ".title", new Object[] {number}, language));
        answer.put("detail", messages.getMessage(kind + ".detail", null, language));
        answer.put("url", url);
        answer.put("link", messages.getMessage("filed.link", null, language));
        return answer;
    }

    /** The eligibility found no declaration required: nothing is numbered; the reason is also mailed. */
    private Map<String, Object> notRegistered(String processInstanceId, Locale language) {
        Map<String, Object> variables = new LinkedHashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(ExportDeclarationProcess.Vars.ELIGIBILITY_OUTCOME,
                        ExportDeclarationProcess.Vars.ELIGIBILITY_EXPLANATION)
                .list().forEach(v -> variables.put(v.getName(), v.getValue()));
        Object explanation = variables.get(ExportDeclarationProcess.Vars.ELIGIBILITY_EXPLANATION);
        if (explanation == null) {
            throw notFound();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registered", false);
        answer.put("title", messages.getMessage("filed.notRequired.title", null, language));
        answer.put("detail", messages.getMessage("filed.notRequired." + variables.get(
                ExportDeclarationProcess.Vars.ELIGIBILITY_OUTCOME), null, explanation.toString(), language));
        return answer;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier de votre établissement pour ce dépôt.");
    }
}
