package org.impexflow.importauthorisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.CaseActor;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * Mails the declarant the decision, once, after it committed: the authorisation with its PDF, a
 * refusal with its reasons, or a closing without follow-up.
 */
@Component("notifyImportDecisionDelegate")
class NotifyImportDecisionDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final AuthorisationMails mails;
    private final AuthorisationDocuments documents;
    private final Mailer mailer;

    NotifyImportDecisionDelegate(AuthorisationRegister register, AuthorisationMails mails,
            AuthorisationDocuments documents, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.documents = documents;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImportAuthorisation authorisation = register.get(AuthorisationVariables.authorisationId(execution));
        OutgoingMail mail = switch (authorisation.getStatus()) {
            case GRANTED, USED_UP, EXPIRED -> mails.granted(authorisation, documents.authorisationPdf(authorisation));
            case REFUSED -> mails.refused(authorisation);
            case CLOSED_WITHOUT_FOLLOW_UP -> mails.closedWithoutFollowUp(authorisation);
            default -> throw new IllegalStateException(authorisation.getNumber() + " has no decision to notify: "
                    + authorisation.getStatus());
        };
        String messageId = mailer.sendOnce("AI-DECISION:" + authorisation.getNumber(), mail);
        register.note(authorisation.getId(), authorisation.getDecidedAt() != null && authorisation.getValidUntil() != null
                ? AuthorisationEventKind.AUTHORISATION_SENT : AuthorisationEventKind.DECISION_SENT, CaseActor.SYSTEM,
                authorisation.getStatus().label() + " – " + authorisation.getDeclarantEmail() + " " + messageId);
    }
}
