package org.impexflow.narcotics;

import static org.impexflow.narcotics.ManagerRequestProcess.Vars.*;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.access.StartIdentity;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.casefile.Markdown;
import org.impexflow.casefile.CaseDates;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.impexflow.validation.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account of an operator of narcotics asks for the "Manager" profile (process
 * {@code narcotics-manager-request}); ANSM's narcotics team approves or refuses in Tasklist. One
 * pending request per account and operator. Who asks is the authenticated person: the process's start
 * sets it ({@link org.impexflow.access.StartIdentity}); the operator and the account are the process's
 * business key, which no task form changes. Every step is in the security log.
 */
@Service
@Transactional
public class ManagerRequests {

    static final int REASON_MAX = 2000;

    private final NarcoticsOperators operators;
    private final Establishments establishments;
    private final Memberships memberships;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SecurityEvents events;
    private final Clock clock;
    private final Duration decisionDue;
    private final CommandExecutor commands;

    ManagerRequests(NarcoticsOperators operators, Establishments establishments, Memberships memberships,
            ProcessEngineConfigurationImpl engineConfiguration, RuntimeService runtimeService, IdentityService identityService, SecurityEvents events,
            Clock clock, @Value("${impexflow.narcotics.manager-request-due:P10D}") Duration decisionDue) {
        this.operators = operators;
        this.establishments = establishments;
        this.memberships = memberships;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.events = events;
        this.clock = clock;
        this.decisionDue = decisionDue;
        this.commands = engineConfiguration.getCommandExecutorTxRequired();
    }

    /**
     * The authenticated person asks for the profile for the operator they belong to. Refused, naming the
     * field, when the establishment is not an operator, the person is not of it, is a Manager already, or
     * has a request pending; nothing stored then.
     *
     * @return the started process instance
     */
    public ProcessInstance request(String userId, List<String> groups, Long establishmentId, String reason) {
        FieldErrors errors = new FieldErrors();
        Establishment operator = establishments.byId(establishmentId).orElseThrow();
        if (!operators.isOperator(establishmentId)) {
            errors.add("establishment", "votre établissement n'est pas enregistré pour une activité de stupéfiants "
                    + "ou psychotropes : le profil Gestionnaire n'existe que pour les opérateurs");
        } else if (establishments.ofUser(userId).filter(e -> e.getId().equals(establishmentId)).isEmpty()) {
            errors.add("establishment", "seuls les comptes de l'opérateur demandent le profil Gestionnaire");
        } else if (operators.isManager(establishmentId, userId)) {
            errors.add("managerRequest", "votre compte a déjà le profil Gestionnaire de cet opérateur");
        } else if (pending(establishmentId, userId)) {
            errors.add("managerRequest", "une demande de profil Gestionnaire de votre compte est déjà en attente "
                    + "de la décision de l'ANSM");
        }
        String text = errors.text(REQUEST_REASON, reason, true, REASON_MAX, "obligatoire : votre rôle chez "
                + "l'opérateur et pourquoi vous soumettez la déclaration annuelle");
        errors.throwIfAny("La demande n'est pas enregistrée.");

        String name = memberships.nameOf(userId);
        String requestedAt = CaseDates.dayTime(clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(REQUESTER_NAME, name);
        variables.put(OPERATOR_NAME, operator.getName());
        variables.put(OPERATOR_SIRET, operator.getSiret() == null ? "–" : operator.getSiret());
        variables.put(REQUEST_REASON, text);
        variables.put(REQUESTED_AT, requestedAt);
        variables.put(DECISION_DUE_DATE, Date.from(clock.instant().plus(decisionDue)));
        variables.put(REQUEST_SUMMARY, summary(name, userId, operator, text, requestedAt));
        // as the person, with the business key of their account and operator
        ProcessInstance started = StartIdentity.asPerson(commands, identityService, userId, groups,
                () -> runtimeService.startProcessInstanceByKey(ManagerRequestProcess.KEY,
                        ManagerRequestProcess.businessKey(establishmentId, userId), variables));
        events.record(SecurityEventKind.NARCOTICS_MANAGER_REQUESTED, userId, userId, describe(operator)
                + " : demande du profil Gestionnaire (stupéfiants), en attente de l'ANSM — " + text);
        return started;
    }

    /** A request of the account for the operator waits for ANSM's decision. */
    @Transactional(readOnly = true)
    public boolean pending(Long establishmentId, String userId) {
        return commands.execute(context -> context.runWithoutAuthorization(() -> runtimeService
                .createProcessInstanceQuery().processDefinitionKey(ManagerRequestProcess.KEY)
                .processInstanceBusinessKey(ManagerRequestProcess.businessKey(establishmentId, userId)).count())) > 0;
    }

    /** Approved: the account becomes a Manager of the operator. */
    void approve(String businessKey, String decidedBy) {
        Long establishmentId = ManagerRequestProcess.establishmentId(businessKey);
        String userId = ManagerRequestProcess.userId(businessKey);
        Establishment operator = establishments.byId(establishmentId).orElseThrow();
        operators.addManager(establishmentId, userId);
        events.record(SecurityEventKind.NARCOTICS_MANAGER_APPROVED, decidedBy, userId, describe(operator)
                + " : profil Gestionnaire (stupéfiants) accordé");
    }

    /** Refused: the account stays as it was; the reason is mailed to it. */
    void refuse(String businessKey, String decidedBy, String reason) {
        Long establishmentId = ManagerRequestProcess.establishmentId(businessKey);
        String userId = ManagerRequestProcess.userId(businessKey);
        Establishment operator = establishments.byId(establishmentId).orElseThrow();
        events.record(SecurityEventKind.NARCOTICS_MANAGER_REFUSED, decidedBy, userId, describe(operator)
                + " : profil Gestionnaire (stupéfiants) refusé — " + reason);
    }

    /** Who completed the decision task. */
    static String decider() {
        var authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? "impexflow" : authentication.getUserId();
    }

    private static String summary(String name, String userId, Establishment operator, String reason,
            String requestedAt) {
        StringBuilder md = new StringBuilder();
        Markdown.item(md, "Demandeur", name + " (" + userId + ")");
        Markdown.item(md, "Opérateur", operator.getName() + " — SIRET "
                + (operator.getSiret() == null ? "–" : operator.getSiret()));
        Markdown.item(md, "Demandé le", requestedAt);
        Markdown.item(md, "Motif de la demande", reason);
        return md.toString();
    }

    private static String describe(Establishment operator) {
        return operator.getName() + " (SIRET " + (operator.getSiret() == null ? "–" : operator.getSiret()) + ")";
    }
}
