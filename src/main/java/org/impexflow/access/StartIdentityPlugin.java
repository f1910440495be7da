package org.impexflow.access;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Who starts a process is the authenticated person or API account, never a variable a caller can
 * set (issue 16, point 2). For each process that declares a {@link StartIdentity}, a listener on the
 * process's start, which runs after the caller's variables are set and before any step, refuses a
 * start that carries the identity variable (400 on /engine-rest, naming it), then sets it from the
 * engine's authentication. Whatever the entry point: /engine-rest, Tasklist, or the application. A start
 * at another step than the process's start event (start instructions) is refused too: it would skip
 * the checks. Administrators, who may do anything in the engine, keep Cockpit's restart.
 */
@Component
class StartIdentityPlugin extends AbstractProcessEnginePlugin {

    static final String REFUSED = "Démarrage refusé, rien n'a été enregistré.";

    private final Map<String, StartIdentity> identities;

    StartIdentityPlugin(List<StartIdentity> identities) {
        this.identities = identities.stream()
                .collect(Collectors.toMap(StartIdentity::processKey, Function.identity()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPreBPMNParseListeners() == null ? new java.util.ArrayList<>()
                        : new java.util.ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                StartIdentity identity = identities.get(processDefinition.getKey());
                if (identity != null) {
                    // built in: a start request cannot skip it (skipCustomListeners)
                    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            (ExecutionListener) execution -> setFromAuthentication(identity, execution));
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static void setFromAuthentication(StartIdentity identity, DelegateExecution execution) {
        Authentication authentication = Context.getCommandContext().getAuthentication();
        if (authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Groups.ADMINISTRATORS)) {
            // administrators restart and modify cases from Cockpit with their original variables
            if (!execution.hasVariable(identity.variable())) {
                execution.setVariable(identity.variable(), authentication.getUserId());
            }
            return;
        }
        FieldErrors errors = new FieldErrors();
        PvmExecutionImpl instance = (PvmExecutionImpl) execution;
        if (instance.getActivity() == null || instance.getActivity() != instance.getProcessDefinition().getInitial()) {
            errors.add("startInstructions", "un dossier commence au début de son processus : "
                    + "les instructions de démarrage à une autre étape sont refusées");
            errors.throwIfAny(REFUSED);
        }
        if (((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution).getCaseInstanceId() != null) {
            errors.add("caseInstanceId", "un dossier n'est rattaché à aucune instance de cas CMMN : retirez "
                    + "caseInstanceId de la demande");
            errors.throwIfAny(REFUSED);
        }
        if (execution.hasVariable(identity.variable())) {
            errors.add(identity.variable(), "« " + identity.variable() + " » est fixé par le système : qui dépose "
                    + "est la personne ou le compte API authentifié. Retirez cette variable de la demande.");
            errors.throwIfAny(REFUSED);
        }
        String user = Context.getCommandContext().getAuthenticatedUserId();
        if (user == null && identity.personRequired() && StartIdentity.onBehalfAgent().isEmpty()) {
            errors.add(identity.variable(), "aucune personne ni aucun compte API authentifié : un dépôt se fait "
                    + "connecté, dans Tasklist ou par l'API");
            errors.throwIfAny(REFUSED);
        }
        execution.setVariable(identity.variable(), StartIdentity.onBehalfAgent().isPresent() ? null : user);
    }
}
