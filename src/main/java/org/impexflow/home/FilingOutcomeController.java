package org.impexflow.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.impexflow.casefile.CaseFile;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.establishment.Establishment;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.exportdeclaration.ExportDeclarationProcess;
import org.impexflow.exportdeclaration.MailIntakeProcess;
import org.impexflow.importauthorisation.ImportAuthorisation;
import org.impexflow.importauthorisation.ImportMailIntakeProcess;
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
 * A case received by e-mail and entered by ANSM support answers the agent who entered it, with ANSM's page of
 * the case.
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

    /** ANSM support's entries of a case received by e-mail: the variable that holds the registered number. */
    private static final Map<String, String> MAIL_INTAKES = Map.of(
            MailIntakeProcess.KEY, MailIntakeProcess.Vars.DECLARATION_NUMBER,
            ImportMailIntakeProcess.KEY, ImportMailIntakeProcess.Vars.AUTHORISATION_NUMBER);

    @GetMapping(path = "/mes-declarations/depot/{processInstanceId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> outcome(@PathVariable String processInstanceId, Locale language) {
        String userId = pages.user().userId();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw notFound();
        }
        if (MAIL_INTAKES.containsKey(instance.getProcessDefinitionKey())) {
            return enteredFromMail(instance, userId, language);
        }
        // anyone outside an establishment learns no more of a filing than of an unknown id
        Establishment establishment = pages.establishmentIfAny().orElseThrow(this::notFound);
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

    /**
     * A case received by e-mail, as the support agent who entered it sees it: its number and ANSM's page of the
     * case, or that nothing was registered (the sender is told why by e-mail). Anyone else: 404.
     */
    private Map<String, Object> enteredFromMail(HistoricProcessInstance intake, String userId, Locale language) {
        if (!userId.equals(intake.getStartUserId())) {
            throw notFound();
        }
        HistoricVariableInstance number = history.createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName(MAIL_INTAKES.get(intake.getProcessDefinitionKey()))
                .singleResult();
        Optional<CaseFile> filed = Optional.ofNullable(number).map(HistoricVariableInstance::getValue)
                .flatMap(n -> register.byNumber(n.toString()));
        if (filed.isPresent()) {
            return registered(filed.get(), "filed.fromMail", "/ansm/dossiers/" + filed.get().getId(), language);
        }
        if (intake.getEndTime() == null) {
            throw notFound();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registered", false);
        answer.put("title", messages.getMessage("filed.notRequired.title", null, language));
        answer.put("detail", messages.getMessage("filed.fromMail.notRequired", null, language));
        return answer;
    }

    private Map<String, Object> registered(CaseFile c, Locale language) {
        Filed filed = FILED.get(c.getKind());
        return registered(c, filed.messages(), filed.page() + c.getNumber(), language);
    }

    private Map<String, Object> registered(CaseFile c, String texts, String url, Locale language) {
        Filed filed = FILED.get(c.getKind());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registered", true);
        answer.put("number", c.getNumber());
        answer.put("title", messages.getMessage(filed.messages() + ".title", new Object[] {c.getNumber()}, language));
        answer.put("detail", messages.getMessage(texts + ".detail", null, language));
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
