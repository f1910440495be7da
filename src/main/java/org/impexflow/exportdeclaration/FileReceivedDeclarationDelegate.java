package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.casefile.MailIntake;
import org.impexflow.establishment.Establishment;
import org.springframework.stereotype.Component;

/**
 * Files a declaration received by e-mail: the export-declaration process starts, in the same
 * transaction, for the establishment of the SIRET and with the sender as declarant; the checks are the
 * same (a refusal names the fields and stores nothing), the received files join the attachments, and
 * the case history says who entered it and from which mail.
 */
@Component
record FileReceivedDeclarationDelegate(
        RuntimeService runtimeService,
        DeclarationRegister register,
        MailIntake intake) implements JavaDelegate {

    private static final String REFUSAL = "La déclaration reçue ne peut pas être déposée.";

    /** The start form's fields, as a draft holds them, and the SIRET; the other documents are merged by the intake. */
    private static final List<String> FORWARDED = Stream.of(DeclarationDrafts.TEXT_FIELDS.keySet().stream()
            .filter(name -> !name.equals(OTHER_DOCUMENTS)), DeclarationDrafts.YES_NO_FIELDS.stream(),
            Stream.of(ESTABLISHMENT_SIRET)).flatMap(names -> names).toList();

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : FORWARDED) {
            Object value = execution.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        // an establishment without an account yet: support registers it here; its contact is the declarant
        Optional<Establishment> registered = intake.prepareFiling(execution, variables, REFUSAL);
        String agentId = (String) execution.getVariable(MailIntakeProcess.Vars.SUPPORT_AGENT);

        // filed for the establishment of the SIRET, on its behalf, not by the support agent's account
        ProcessInstance filed = intake.onBehalf(agentId,
                () -> runtimeService.startProcessInstanceByKey(ExportDeclarationProcess.KEY, variables));
        String number = filed.getBusinessKey();
        execution.setVariable(MailIntakeProcess.Vars.DECLARATION_NUMBER, number);
        if (number != null) {
            Long id = register.get(number).getId();
            register.note(id, DeclarationEventKind.RECEIVED_BY_MAIL, agentId, MailIntake.receivedByMail(execution, agentId));
            registered.ifPresent(establishment -> register.note(id, DeclarationEventKind.FILED_ON_BEHALF, agentId,
                    MailIntake.filedOnBehalf(agentId, establishment)));
        }
    }
}
