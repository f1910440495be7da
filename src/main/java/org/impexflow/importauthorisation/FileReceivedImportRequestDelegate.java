package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.impexflow.casefile.MailIntake;
import org.impexflow.establishment.Establishment;
import org.springframework.stereotype.Component;

/**
 * Files an import authorisation request received by e-mail: the import-authorisation process starts, in the
 * same transaction, for the establishment of the SIRET (registered now when it has none) and with the sender,
 * or the new establishment's contact, as declarant; the checks are those of an online filing (a refusal names
 * the fields and stores nothing), the received files join the attachments, and the history says who entered
 * it and from which mail.
 */
@Component
record FileReceivedImportRequestDelegate(RuntimeService runtimeService, AuthorisationRegister register,
        MailIntake intake) implements JavaDelegate {

    private static final String REFUSAL = "La demande reçue ne peut pas être déposée.";

    /** The fields of the import-authorisation start form; the other documents are merged by the intake. */
    private static final List<String> FORWARDED = List.of(ESTABLISHMENT_SIRET, MEDICINE_NAME, ACTIVE_SUBSTANCES,
            PHARMACEUTICAL_FORM, STRENGTH, ROUTE_OF_ADMINISTRATION, MANUFACTURER, RELEASE_SITE, PROVENANCE_COUNTRY,
            ORIGIN_COUNTRY, QUANTITY_MODE, QUANTITY, QUANTITY_UNIT, PLANNED_OPERATIONS, PURPOSE, PURPOSE_DETAILS,
            COVER_LETTER);

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : FORWARDED) {
            TypedValue value = execution.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                variables.put(name, value);
            }
        }
        // an establishment without an account yet: support registers it here; its contact is the declarant
        Optional<Establishment> registered = intake.prepareFiling(execution, variables, REFUSAL);
        String agentId = (String) execution.getVariable(ImportMailIntakeProcess.Vars.SUPPORT_AGENT);

        // filed for the establishment of the SIRET, on its behalf, not by the support agent's account
        ProcessInstance filed = intake.onBehalf(agentId,
                () -> runtimeService.startProcessInstanceByKey(ImportAuthorisationProcess.KEY, variables));
        String number = filed.getBusinessKey();
        execution.setVariable(ImportMailIntakeProcess.Vars.AUTHORISATION_NUMBER, number);
        Long id = register.byNumber(number).orElseThrow().getId();
        register.note(id, AuthorisationEventKind.RECEIVED_BY_MAIL, agentId, MailIntake.receivedByMail(execution, agentId));
        registered.ifPresent(establishment -> register.note(id, AuthorisationEventKind.FILED_ON_BEHALF, agentId,
                MailIntake.filedOnBehalf(agentId, establishment)));
    }
}
