package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_COMMENT;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.VALID_UNTIL;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements;
import org.springframework.stereotype.Component;

/**
 * Records ANSM's decision, as the step says: the authorisation granted (valid three months for one
 * import, one year for a series, to the end of the last day), the request refused with the reviewer's
 * reasons; at the end of its validity, expired (closing without follow-up is the kernel's step).
 */
@Component("decideImportRequestDelegate")
class DecideImportRequestDelegate implements JavaDelegate {

    private final AuthorisationRegister register;

    DecideImportRequestDelegate(AuthorisationRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = AuthorisationVariables.authorisationId(execution);
        String comment = (String) execution.getVariable(REVIEW_COMMENT);
        switch (execution.getCurrentActivityId()) {
            case Elements.GRANT -> {
                LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
                LocalDate validUntil = today.plus(register.get(id).getQuantityMode().validity()).minusDays(1);
                register.decide(id, AuthorisationStatus.GRANTED, AuthorisationEventKind.GRANTED, CaseActor.current(),
                        comment, validUntil);
                // the validity ends at midnight, Paris time, after its last day
                execution.setVariable(VALID_UNTIL, Date.from(validUntil.plusDays(1).atStartOfDay(CaseNumbering.PARIS)
                        .toInstant()));
                AuthorisationVariables.status(execution, AuthorisationStatus.GRANTED);
            }
            case Elements.REFUSE -> {
                register.decide(id, AuthorisationStatus.REFUSED, AuthorisationEventKind.REFUSED, CaseActor.current(),
                        comment, null);
                AuthorisationVariables.status(execution, AuthorisationStatus.REFUSED);
            }
            case Elements.EXPIRE -> {
                register.changeStatus(id, AuthorisationStatus.EXPIRED, AuthorisationEventKind.EXPIRED, CaseActor.SYSTEM,
                        null);
                AuthorisationVariables.status(execution, AuthorisationStatus.EXPIRED);
            }
            default -> throw new IllegalStateException("No decision at " + execution.getCurrentActivityId());
        }
    }
}
