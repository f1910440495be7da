package org.impexflow.exportdeclaration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Component;

/**
 * Invites the contact of an establishment that ANSM support registered from a mailed declaration to create
 * an account: a link to the registration with the address filled in. The first account of the establishment
 * made with that address becomes its manager and finds the declaration in its home table.
 */
@Component
record InviteContactDelegate(DeclarationRegister register, Establishments establishments, TemplateMails mails)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = (String) execution.getVariable(MailIntakeProcess.Vars.DECLARATION_NUMBER);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        Establishment establishment = establishments.byId(declaration.getEstablishmentId()).orElseThrow();
        String contact = establishment.getInvitedContactEmail();
        String link = mails.baseUrl() + "/register?email=" + URLEncoder.encode(contact, StandardCharsets.UTF_8);
        mails.to(contact, "export-account-invitation").with("number", number)
                .with("establishmentName", establishment.getName()).with("establishmentSiret", establishment.getSiret())
                .with("registerUrl", link).sendOnce("ACCOUNT-INVITATION:" + number);
        register.note(declaration.getId(), DeclarationEventKind.ACCOUNT_INVITATION_SENT, null,
                "Invitation à créer un compte envoyée à " + contact);
    }
}
