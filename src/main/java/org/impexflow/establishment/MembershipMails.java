package org.impexflow.establishment;

import static org.impexflow.establishment.MembershipProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Component;

/** The mails of a request to join an establishment, each sent once per request and recipient. */
@Component
record MembershipMails(TemplateMails mails, Memberships memberships) {

    /** The establishment's people learn who asks to join; the requester learns the request is on its way. */
    void requested(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        Map<String, Object> model = model(execution);
        for (String member : memberships.peopleOf(request.getEstablishmentId())) {
            mails.to(member, "membership-requested").with(model)
                    .sendOnce("MEMBERSHIP-REQUESTED:" + request.getId() + ":" + member);
        }
        mails.to(request.getUserId(), "membership-received").with(model)
                .sendOnce("MEMBERSHIP-RECEIVED:" + request.getId());
    }

    void approved(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        mails.to(request.getUserId(), "membership-approved").with(model(execution))
                .sendOnce("MEMBERSHIP-APPROVED:" + request.getId());
    }

    void refused(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        mails.to(request.getUserId(), "membership-refused").with(model(execution)).with("reason", request.getReason())
                .sendOnce("MEMBERSHIP-REFUSED:" + request.getId());
    }

    private Map<String, Object> model(DelegateExecution execution) {
        Map<String, Object> model = new HashMap<>();
        for (String name : new String[] {REQUESTER_EMAIL, REQUESTER_NAME, REQUESTER_QUALITY, REQUESTER_PHONE,
            ESTABLISHMENT_NAME, ESTABLISHMENT_SIRET, REQUESTED_AT}) {
            model.put(name, execution.getVariable(name));
        }
        return model;
    }
}
