package org.impexflow.importauthorisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.MailIntake;
import org.springframework.stereotype.Component;

/**
 * Invites the contact of an establishment that ANSM support registered from a mailed import request to create
 * an account: a link to the registration with the address filled in. The first account of the establishment
 * made with that address becomes its manager and finds the request in its home table.
 */
@Component
record InviteImportContactDelegate(AuthorisationRegister register, MailIntake intake) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = (String) execution.getVariable(ImportMailIntakeProcess.Vars.AUTHORISATION_NUMBER);
        ImportAuthorisation request = register.byNumber(number).orElseThrow();
        String contact = intake.inviteContact(request.getEstablishmentId(), number, "import-account-invitation");
        register.note(request.getId(), AuthorisationEventKind.ACCOUNT_INVITATION_SENT, null,
                "Invitation à créer un compte envoyée à " + contact);
    }
}
