package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.springframework.stereotype.Component;

/**
 * Records the complementary information and attaches the account to its establishment (found by
 * SIRET, or by name and country abroad, else created): its cases become visible to the account. Used
 * by the account's first validation and by support when it changes the information.
 */
@Component("recordAccountInformationDelegate")
class RecordAccountInformationDelegate implements JavaDelegate {

    private final AccountInformationChecks checks;
    private final Establishments establishments;
    private final AccountInformationRepository informations;
    private final SecurityEvents events;

    RecordAccountInformationDelegate(AccountInformationChecks checks, Establishments establishments,
            AccountInformationRepository informations, SecurityEvents events) {
        this.checks = checks;
        this.establishments = establishments;
        this.informations = informations;
        this.events = events;
    }

    /** Who validated: the person, or the support agent who changed it. */
    private static String changedBy(String userId) {
        org.camunda.bpm.engine.impl.identity.Authentication current = Context.getCommandContext().getAuthentication();
        return current == null || current.getUserId() == null ? userId : current.getUserId();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(EMAIL);
        AccountInformationChecks.Checked info = checks.check(execution, userId);
        Context.getCommandContext().runWithoutAuthorization(() -> {
            Establishment establishment = (info.siret() != null ? establishments.bySiret(info.siret())
                    : establishments.abroad(info.companyName(), info.country()))
                    .orElseGet(() -> establishments.create(new Establishment(info.siret(), info.companyName(),
                            info.type(), info.address(), info.postalCode(), info.city(), info.country())
                            .withAddressComplement(info.addressComplement())));
            establishments.moveMember(userId, establishment);
            informations.save(new AccountInformation(userId, info.lastName(), info.firstName(), info.phone(),
                    info.quality(), establishment.getId(), Instant.now(), changedBy(userId)));
            events.record(SecurityEventKind.ACCOUNT_INFORMATION_CHANGED, changedBy(userId), userId,
                    (changedBy(userId).equals(userId) ? "par le titulaire" : "par le support") + " ; établissement "
                            + establishment.getId() + (info.siret() != null ? " (SIRET " + info.siret() + ")"
                                    : " (" + info.companyName() + ", " + info.country() + ")")
                            + ", qualité " + info.quality());
            return null;
        });
    }
}
