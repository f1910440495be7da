package org.impexflow.casefile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.hibernate.Hibernate;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;

/**
 * One version in force per chain (invariant 1 of the register): a case amends only the version in force
 * of a chain; validating an amendment replaces the versions it amends, which must still be in force at
 * that instant, so that of two amendments of one version pending at once, the second one validated is
 * refused with the number of the version the first put in force. Every procedure with amendments
 * calls this once, with the field where the person names the earlier versions, then
 * {@link #closeOvertaken} so that the other amendments of those versions still pending are closed at once.
 */
public final class CaseChain {

    /**
     * The message that closes a pending amendment whose earlier version another amendment just replaced: the
     * procedure's BPMN catches it in an interrupting event subprocess ({@code Message_AmendmentOvertaken}).
     */
    public static final String OVERTAKEN_MESSAGE = "Message_AmendmentOvertaken";
    /** The variable that message sets: the number of the version now in force. */
    public static final String OVERTAKEN_BY = "overtakenBy";

    private CaseChain() {
    }

    /** The version in force at the end of the chain {@code any} belongs to, if one is. */
    public static Optional<CaseFile> versionInForce(CaseFile any) {
        CaseFile current = (CaseFile) Hibernate.unproxy(any);
        while (current.getReplacedBy() != null) {
            current = (CaseFile) Hibernate.unproxy(current.getReplacedBy());
        }
        return current.isInForce() ? Optional.of(current) : Optional.empty();
    }

    /**
     * Why {@code earlier} may not be amended (in French, with the version in force, for the person who names
     * it in a filing), or empty when it may.
     */
    public static Optional<String> whyNotAmendable(CaseFile earlier) {
        return whyNotInForce(earlier).map(why -> versionInForce(earlier).isPresent()
                ? why + ", c'est elle qu'il faut nommer" : why);
    }

    /** Why {@code earlier} is not the version in force of its chain (in French), or empty when it is. */
    private static Optional<String> whyNotInForce(CaseFile earlier) {
        CaseFile version = (CaseFile) Hibernate.unproxy(earlier);
        if (version.getReplacedBy() == null && version.isInForce()) {
            return Optional.empty();
        }
        return Optional.of(versionInForce(version)
                .map(current -> "la version " + version.getNumber() + " a été remplacée : la version en vigueur est "
                        + current.getNumber())
                .orElse("la version " + version.getNumber() + " n'est pas en vigueur et aucune version de sa chaîne "
                        + "ne l'est"));
    }

    /**
     * Validation of {@code amendment}: refused, changing nothing, when a version it amends is no longer in
     * force (naming {@code field}); otherwise those versions are replaced by it.
     */
    public static void replaceAmended(CaseFile amendment, String field) {
        for (CaseFile earlier : amendment.getAmendedCases()) {
            Optional<String> why = whyNotInForce(earlier);
            if (why.isPresent()) {
                throw new InvalidInputException("La version " + amendment.getNumber() + " ne peut pas être mise en "
                        + "vigueur : " + why.get() + ".", List.of(new FieldError(field, why.get())));
            }
        }
        for (CaseFile earlier : amendment.getAmendedCases()) {
            ((CaseFile) Hibernate.unproxy(earlier)).replaceBy(amendment);
        }
    }

    /**
     * After {@link #replaceAmended}, in the same transaction: every other amendment of the versions that
     * {@code amendment} replaced and that is still pending (not decided) has no object any more; its process
     * receives {@link #OVERTAKEN_MESSAGE}, which closes it and tells its declarant. A process deployed before
     * it caught the message receives nothing: its validation is refused by {@link #replaceAmended}.
     */
    public static void closeOvertaken(DelegateExecution execution, CaseFile amendment, CaseRegister register) {
        Set<String> processes = new LinkedHashSet<>();
        for (CaseFile earlier : amendment.getAmendedCases()) {
            for (CaseFile other : register.amendments(earlier.getId())) {
                if (!other.getId().equals(amendment.getId()) && other.getDecidedAt() == null
                        && other.getProcessInstanceId() != null) {
                    processes.add(other.getProcessInstanceId());
                }
            }
        }
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (String process : processes) {
            runtime.createMessageCorrelation(OVERTAKEN_MESSAGE).processInstanceId(process)
                    .setVariable(OVERTAKEN_BY, amendment.getNumber()).correlateAll();
        }
    }
}
