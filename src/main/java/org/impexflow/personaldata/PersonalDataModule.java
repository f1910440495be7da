package org.impexflow.personaldata;

import static org.impexflow.personaldata.PersonalDataCorrectionProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.mail.TemplateMails;
import org.impexflow.validation.FieldErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request for a correction of one's data: who starts it, support's answer checked, the mail. */
@Configuration(proxyBeanMethods = false)
class PersonalDataModule {

    /** Started by the application for the logged-in person only; ANSM support handles and reads it. */
    @Bean
    ProcessAccess personalDataCorrectionIsAskedFromMyDataPage() {
        return new ProcessAccess(PersonalDataCorrectionProcess.KEY, List.of(), List.of(Groups.SUPPORT),
                List.of(Groups.SUPPORT));
    }

    /** Who asks is the authenticated person, never a variable of the start. */
    @Bean
    StartIdentity personalDataCorrectionIsAskedByTheAuthenticatedPerson() {
        return StartIdentity.filing(PersonalDataCorrectionProcess.KEY, REQUESTER);
    }

    /** Support's answer: corrected or refused, with the text the person receives. */
    @Bean
    TaskListener correctionAnswerListener() {
        return (DelegateTask task) -> {
            FieldErrors errors = new FieldErrors();
            Object outcome = task.getVariable(OUTCOME);
            if (!PersonalDataCorrectionProcess.CORRECTED.equals(outcome)
                    && !PersonalDataCorrectionProcess.REFUSED.equals(outcome)) {
                errors.add(OUTCOME, "obligatoire : rectification faite ou refusée");
            }
            errors.text(ANSWER, task.getVariable(ANSWER), true, PersonalData.REQUEST_MAX,
                    "obligatoire : ce qui a été corrigé, ou le motif du refus, communiqué au demandeur");
            errors.throwIfAny("La réponse n'est pas enregistrée.");
        };
    }

    /** The answer mailed to the person, once per request, in the account's language. */
    @Bean
    JavaDelegate notifyCorrectionAnswerDelegate(TemplateMails mails) {
        return execution -> {
            Map<String, Object> model = new HashMap<>();
            model.put(REQUESTER_NAME, execution.getVariable(REQUESTER_NAME));
            model.put(REQUESTED_AT, execution.getVariable(REQUESTED_AT));
            model.put(REQUEST, execution.getVariable(REQUEST));
            model.put("corrected", PersonalDataCorrectionProcess.CORRECTED.equals(execution.getVariable(OUTCOME)));
            model.put(ANSWER, ((String) execution.getVariable(ANSWER)).strip());
            mails.to((String) execution.getVariable(REQUESTER), "personal-data-correction").with(model)
                    .sendOnce("RECTIFICATION:" + execution.getProcessInstanceId());
        };
    }
}
