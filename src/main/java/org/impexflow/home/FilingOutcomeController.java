package org.impexflow.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.impexflow.casefile.CaseFile;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.establishment.Establishment;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.exportdeclaration.ExportDeclarationProcess;
import org.impexflow.importauthorisation.ImportAuthorisation;
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
 * and the link to its page, or why nothing was registered. The case is the register's case of that process,
 * whatever its kind. Only the filer's establishment gets an answer; anyone else 404, as for the case pages.
 */
@RestController
record FilingOutcomeController(
        DeclarantPages pages,
        HistoryService history,
        CaseRegister register,
        MessageSource messages) {

    /** The kinds of case filed in Tasklist: the messages' prefix and the path of the declarant's page. */
    private static final Map<String, Filed> FILED = Map.of(
            ExportDeclaration.KIND, new Filed("filed.declaration", "/mes-declarations/"),
            ImportAuthorisation.KIND, new Filed("filed.importAuthorisation", "/mes-declarations/autorisations-importation/"));

    private record Filed(String messages, String page) {
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
        Optional<CaseFile> filed = register.ofProcess(processInstanceId).filter(c -> c.getNumber() != null
                && FILED.containsKey(c.getKind()) && establishment.getId().equals(c.getEstablishmentId()));
        if (filed.isPresent()) {
            return registered(filed.get(), language);
        }
        if (ExportDeclarationProcess.KEY.equals(instance.getProcessDefinitionKey()) && instance.getBusinessKey() == null
                && userId.equals(instance.getStartUserId())) {
            return notRegistered(processInstanceId, language);
        }
        throw notFound();
    }

    private Map<String, Object> registered(CaseFile c, Locale language) {
        Filed filed = FILED.get(c.getKind());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registered", true);
        answer.put("number", c.getNumber());
        answer.put("title", messages.getMessage(filed.messages() + ".title", new Object[] {c.getNumber()}, language));
        answer.put("detail", messages.getMessage(filed.messages() + ".detail", null, language));
        answer.put("url", filed.page() + c.getNumber());
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
