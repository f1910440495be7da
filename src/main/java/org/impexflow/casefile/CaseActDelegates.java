package org.impexflow.casefile;

import static org.impexflow.casefile.CaseActProcess.Vars.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.validation.DeployedFormLabels;
import org.impexflow.validation.FieldErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of processes/case-act.bpmn, one bean each, and who may start it: the ANSM groups competent for
 * some kind of case ({@link CaseActRule}); whether the proposer's group is competent for this case is
 * checked by the first step. Who proposes is the authenticated user, never a variable.
 */
@Configuration(proxyBeanMethods = false)
class CaseActDelegates {

    /** What the confirmer confirms: the checked proposal (see {@link #seal}). */
    private static final List<String> SEALED = List.of(CASE_ID, CASE_NUMBER, ACT, SUSPENDED_UNTIL, COMPETENT_GROUP,
            PROPOSED_BY);

    @Bean
    ProcessAccess caseActsAreProposedByTheCompetentGroups(List<CaseActRule> rules) {
        List<String> groups = rules.stream().map(CaseActRule::group).distinct().sorted().toList();
        List<String> readers = new ArrayList<>(groups);
        if (!readers.contains(Groups.SUPPORT)) {
            readers.add(Groups.SUPPORT);
        }
        return new ProcessAccess(CaseActProcess.KEY, groups, readers, groups);
    }

    @Bean
    StartIdentity caseActIsProposedByWhoeverIsAuthenticated() {
        return StartIdentity.filing(CaseActProcess.KEY, PROPOSED_BY);
    }

    /**
     * The proposal as typed, checked against the case and the proposer's groups; refused naming the field. A
     * proposal carries its start form's fields only (a start carrying the confirmation's {@code actConfirmation}
     * prefilled the confirmer's form, and {@code confirmedBy} stayed in the history), and names a case with no
     * other act proposed and not yet confirmed or refused (three acts proposed on one case waited together).
     */
    @Bean
    JavaDelegate checkCaseActDelegate(CaseActs acts, DeployedFormLabels forms) {
        return execution -> {
            FieldErrors forged = new FieldErrors();
            Set<String> fields = forms.startFormKeys(execution.getProcessDefinitionId()).orElse(Set.of());
            execution.getVariableNames().stream().sorted()
                    .filter(name -> !fields.contains(name) && !PROPOSED_BY.equals(name))
                    .forEach(name -> forged.add(name, "« " + name + " » n'est pas un champ de la proposition "
                            + "d'un acte"));
            forged.throwIfAny(CaseActs.REFUSED);
            Authentication authentication = Context.getCommandContext().getAuthentication();
            CaseActs.Proposal proposal = acts.check((String) execution.getVariable(CASE_NUMBER),
                    execution.getVariable(ACT), execution.getVariable(REASONS), execution.getVariable(LEGAL_BASIS),
                    execution.getVariable(SUSPENDED_UNTIL), CaseActor.current(),
                    authentication == null ? List.of() : authentication.getGroupIds());
            pendingAct(execution, proposal).ifPresent(pending -> {
                FieldErrors errors = new FieldErrors();
                errors.add(CASE_NUMBER, "un autre acte est déjà proposé sur " + proposal.title() + " (« " + pending
                        + " ») : il est confirmé ou refusé avant qu'un autre soit proposé");
                errors.throwIfAny(CaseActs.REFUSED);
            });
            execution.setVariable(CASE_ID, proposal.caseId());
            execution.setVariable(CASE_NUMBER, proposal.number());
            execution.setVariable(CASE_TITLE, proposal.title());
            execution.setVariable(ACT, proposal.act().name());
            execution.setVariable(COMPETENT_GROUP, proposal.rule().group());
            execution.setVariable(SUSPENDED_UNTIL, proposal.until() == null ? null : proposal.until().toString());
            execution.setVariable(SUSPENSION_ENDS_AT,
                    proposal.until() == null ? null : CaseActs.suspensionEnds(proposal.until()));
            execution.setVariable(ACT_SUMMARY, summary(execution, proposal));
            execution.setProcessBusinessKey(seal(execution));
            Markdown.copyEscaped(execution, ACT_SUMMARY, REASONS, LEGAL_BASIS);
        };
    }

    /**
     * The summary of an act proposed on the same case and waiting for its confirmation (its task is open), if
     * any: one query of the open tasks of the acts of that case, whatever their number.
     */
    private static Optional<String> pendingAct(DelegateExecution execution, CaseActs.Proposal proposal) {
        var services = execution.getProcessEngineServices();
        return Context.getCommandContext().runWithoutAuthorization(() -> services.getTaskService().createTaskQuery()
                .processDefinitionKey(CaseActProcess.KEY).processVariableValueEquals(CASE_ID, proposal.caseId())
                .list().stream().map(Task::getProcessInstanceId)
                .filter(other -> !other.equals(execution.getProcessInstanceId())).findFirst()
                .map(other -> String.valueOf(services.getRuntimeService().getVariable(other, ACT_SUMMARY))));
    }

    /** Confirmed: the act applies in the register, in the confirmer's transaction. */
    @Bean
    JavaDelegate applyCaseActDelegate(CaseActs acts) {
        return execution -> acts.apply(proposal(acts, unchanged(execution)), text(execution, REASONS),
                text(execution, LEGAL_BASIS), text(execution, PROPOSED_BY), text(execution, CONFIRMED_BY));
    }

    /** The holder and whoever received the decision are mailed, once each. */
    @Bean
    JavaDelegate notifyCaseActDelegate(CaseActs acts) {
        return execution -> acts.notify(caseId(execution), execution.getProcessInstanceId(), text(execution, REASONS),
                text(execution, LEGAL_BASIS));
    }

    /** The suspension's end date came: back in force. */
    @Bean
    JavaDelegate endSuspensionDelegate(CaseActs acts) {
        return execution -> acts.endSuspension(caseId(unchanged(execution)));
    }

    /**
     * The checked proposal as the instance's business key, which no engine API changes afterwards. The
     * proposer is kept as a digest: the key shows in Cockpit's lists, and stays short whatever the address.
     */
    private static String seal(DelegateExecution execution) {
        StringBuilder seal = new StringBuilder();
        for (String name : SEALED) {
            seal.append(seal.isEmpty() ? "" : "|").append(sealed(execution, name));
        }
        return seal.toString();
    }

    private static String sealed(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        String text = value == null ? "" : value.toString();
        return PROPOSED_BY.equals(name) ? org.impexflow.attachment.Attachments.sha256(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16) : text;
    }

    /**
     * Refuses, naming the variables, a proposal changed after its check (by the confirmation's variables or
     * the process instance's variables): the four-eyes rule holds for the case and the act as proposed.
     */
    private static DelegateExecution unchanged(DelegateExecution execution) {
        String[] sealed = String.valueOf(execution.getProcessBusinessKey()).split("\\|", -1);
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < SEALED.size(); i++) {
            if (i >= sealed.length || !sealed[i].equals(sealed(execution, SEALED.get(i)))) {
                errors.add(SEALED.get(i), "ne change pas après la proposition : un autre acte se propose, "
                        + "il est confirmé par un autre membre du groupe");
            }
        }
        errors.throwIfAny(CaseActTaskListener.REFUSED);
        return execution;
    }

    private static CaseActs.Proposal proposal(CaseActs acts, DelegateExecution execution) {
        String until = (String) execution.getVariable(SUSPENDED_UNTIL);
        return acts.proposal(caseId(execution), text(execution, ACT), until == null ? null : LocalDate.parse(until));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String text(DelegateExecution execution, String variable) {
        return (String) execution.getVariable(variable);
    }

    /** One plain line (task description, and the confirmation form through its escaped copy). */
    private static String summary(DelegateExecution execution, CaseActs.Proposal proposal) {
        String act = proposal.act().label(Locale.FRENCH);
        return Character.toUpperCase(act.charAt(0)) + act.substring(1) + " de " + proposal.title()
                + (proposal.until() == null ? "" : " jusqu'au " + CaseDates.day(proposal.until()) + " inclus")
                + ". Proposition de " + execution.getVariable(PROPOSED_BY) + ".";
    }
}
