package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.*;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.Accounts;
import org.impexflow.registration.AccountInformations;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/** A support request names an existing person's account, a known action and its reason. */
@Component("checkSupportRequestDelegate")
record CheckSupportRequestDelegate(Accounts accounts, AccountInformations informations)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        FieldErrors errors = new FieldErrors();
        Object email = execution.getVariable(ACCOUNT_EMAIL);
        String userId = email == null ? "" : email.toString().trim().toLowerCase(Locale.ROOT);
        if (userId.isEmpty()) {
            errors.add(ACCOUNT_EMAIL, "obligatoire");
        } else if (accounts.find(userId).filter(a -> !a.isTechnical()).isEmpty()) {
            errors.add(ACCOUNT_EMAIL, "aucun compte de personne pour " + userId);
        }
        Object action = execution.getVariable(SUPPORT_ACTION);
        try {
            if (AccountSupportProcess.Action.valueOf(String.valueOf(action))
                    == AccountSupportProcess.Action.UPDATE_INFORMATION && !errors.has(ACCOUNT_EMAIL)
                    && informations.of(userId).isEmpty()) {
                errors.add(SUPPORT_ACTION, "ce compte n'a pas encore d'informations complémentaires à modifier");
            }
        } catch (IllegalArgumentException e) {
            errors.add(SUPPORT_ACTION, "action inconnue : " + action);
        }
        Object reason = execution.getVariable(SUPPORT_REASON);
        if (reason == null || reason.toString().isBlank()) {
            errors.add(SUPPORT_REASON, "obligatoire : la demande ou le motif (tracé dans l'historique du compte)");
        }
        errors.throwIfAny("Demande de support refusée.");
        execution.setVariable(ACCOUNT_EMAIL, userId);
        execution.setProcessBusinessKey(userId);
    }
}
