package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.MailIntake;
import org.springframework.stereotype.Component;

/**
 * Invites the contact of an establishment that ANSM support registered from a mailed declaration to create
 * an account: a link to the registration with the address filled in. The first account of the establishment
 * made with that address becomes its manager and finds the declaration in its home table.
 */
@Component
record InviteContactDelegate(DeclarationRegister register, MailIntake intake) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = (String) execution.getVariable(MailIntakeProcess.Vars.DECLARATION_NUMBER);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        String contact = intake.inviteContact(declaration.getEstablishmentId(), number, "export-account-invitation");
        register.note(declaration.getId(), DeclarationEventKind.ACCOUNT_INVITATION_SENT, null,
                "Invitation à créer un compte envoyée à " + contact);
    }
}
