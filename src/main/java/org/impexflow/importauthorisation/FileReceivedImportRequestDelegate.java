package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.MailIntake;
import org.springframework.stereotype.Component;

/**
 * Files an import authorisation request received by e-mail: the import-authorisation process starts, in the
 * same transaction, for the establishment of the SIRET (registered now when it has none) and with the sender,
 * or the new establishment's contact, as declarant; the checks are those of an online filing (a refusal names
 * the fields and stores nothing), the received files join the attachments, and the history says who entered
 * it and from which mail.
 */
@Component
record FileReceivedImportRequestDelegate(AuthorisationRegister register, MailIntake intake) implements JavaDelegate {

    private static final String REFUSAL = "La demande reçue ne peut pas être déposée.";

    /** The fields of the import-authorisation start form; the other documents are merged by the intake. */
    private static final List<String> FORWARDED = List.of(ESTABLISHMENT_SIRET, MEDICINE_NAME, ACTIVE_SUBSTANCES,
            PHARMACEUTICAL_FORM, STRENGTH, ROUTE_OF_ADMINISTRATION, MANUFACTURER, RELEASE_SITE, PROVENANCE_COUNTRY,
            ORIGIN_COUNTRY, QUANTITY_MODE, QUANTITY, QUANTITY_UNIT, PLANNED_OPERATIONS, PURPOSE, PURPOSE_DETAILS,
            COVER_LETTER);

    @Override
    public void execute(DelegateExecution execution) {
        MailIntake.Filed filed = intake.file(execution, ImportAuthorisationProcess.KEY, FORWARDED, REFUSAL);
        execution.setVariable(ImportMailIntakeProcess.Vars.AUTHORISATION_NUMBER, filed.number());
        filed.history(execution, register.byNumber(filed.number()).orElseThrow().getId(), AuthorisationEventKind.class,
                register::note);
    }
}
