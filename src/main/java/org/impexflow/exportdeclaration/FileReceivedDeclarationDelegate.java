package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.MailIntake;
import org.springframework.stereotype.Component;

/**
 * Files a declaration received by e-mail: the export-declaration process starts, in the same
 * transaction, for the establishment of the SIRET and with the sender as declarant; the checks are the
 * same (a refusal names the fields and stores nothing), the received files join the attachments, and
 * the case history says who entered it and from which mail.
 */
@Component
record FileReceivedDeclarationDelegate(DeclarationRegister register, MailIntake intake) implements JavaDelegate {

    private static final String REFUSAL = "La déclaration reçue ne peut pas être déposée.";

    /** The start form's fields, as a draft holds them, and the SIRET; the other documents are merged by the intake. */
    private static final List<String> FORWARDED = Stream.of(DeclarationDrafts.TEXT_FIELDS.keySet().stream()
            .filter(name -> !name.equals(OTHER_DOCUMENTS)), DeclarationDrafts.YES_NO_FIELDS.stream(),
            Stream.of(ESTABLISHMENT_SIRET)).flatMap(names -> names).toList();

    @Override
    public void execute(DelegateExecution execution) {
        MailIntake.Filed filed = intake.file(execution, ExportDeclarationProcess.KEY, FORWARDED, REFUSAL);
        execution.setVariable(MailIntakeProcess.Vars.DECLARATION_NUMBER, filed.number());
        if (filed.number() != null) {
            filed.history(execution, register.get(filed.number()).getId(), DeclarationEventKind.class, register::note);
        }
    }
}
