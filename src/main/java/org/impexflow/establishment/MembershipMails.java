package org.impexflow.establishment;

import static org.impexflow.establishment.MembershipProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of a request to join an establishment, each sent once per request and recipient. */
@Component
class MembershipMails {

    private final MailTemplates templates;
    private final Mailer mailer;
    private final Memberships memberships;
    private final String baseUrl;

    MembershipMails(MailTemplates templates, Mailer mailer, Memberships memberships,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.mailer = mailer;
        this.memberships = memberships;
        this.baseUrl = baseUrl;
    }

    /** The establishment's people learn who asks to join; the requester learns the request is on its way. */
    void requested(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        Map<String, Object> model = model(execution);
        for (String member : memberships.peopleOf(request.getEstablishmentId())) {
            mailer.sendOnce("MEMBERSHIP-REQUESTED:" + request.getId() + ":" + member,
                    templates.mail(member, "membership-requested", model));
        }
        mailer.sendOnce("MEMBERSHIP-RECEIVED:" + request.getId(),
                templates.mail(request.getUserId(), "membership-received", model));
    }

    void approved(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        mailer.sendOnce("MEMBERSHIP-APPROVED:" + request.getId(),
                templates.mail(request.getUserId(), "membership-approved", model(execution)));
    }

    void refused(DelegateExecution execution) {
        MembershipRequest request = memberships.ofProcess(execution.getProcessInstanceId());
        Map<String, Object> model = model(execution);
        model.put("reason", request.getReason());
        mailer.sendOnce("MEMBERSHIP-REFUSED:" + request.getId(),
                templates.mail(request.getUserId(), "membership-refused", model));
    }

    private Map<String, Object> model(DelegateExecution execution) {
        Map<String, Object> model = new HashMap<>();
        for (String name : new String[] {REQUESTER_EMAIL, REQUESTER_NAME, REQUESTER_QUALITY, REQUESTER_PHONE,
            ESTABLISHMENT_NAME, ESTABLISHMENT_SIRET, REQUESTED_AT}) {
            model.put(name, execution.getVariable(name));
        }
        model.put("baseUrl", baseUrl);
        return model;
    }
}
