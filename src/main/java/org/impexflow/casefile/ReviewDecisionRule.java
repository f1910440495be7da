package org.impexflow.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The decisions a review task accepts ({@link ReviewDecisionCheck}): the variables of the decision and
 * its reasons, the values, the favourable one (no reasons needed), the one asking for a complement, and
 * the procedure's messages when reasons are missing.
 */
public record ReviewDecisionRule<E extends Enum<E>>(String decisionVariable, String commentVariable,
        Class<E> decisions, E favourable, E complement, String refusalReason, String complementReason) {

    /** What a reviewer who asks for a complement is told when the request is missing. */
    public static final String COMPLEMENT_REASON = "obligatoire : précisez le complément attendu";

    /** A review that may ask for a complement ({@link CaseSteps}): the usual message when the request is missing. */
    public static <E extends Enum<E>> ReviewDecisionRule<E> of(Class<E> decisions, E favourable, E complement,
            String refusalReason) {
        return of(decisions, favourable, complement, refusalReason, COMPLEMENT_REASON);
    }

    /** The decision variables every review form uses: {@code reviewDecision} and {@code reviewComment}. */
    public static <E extends Enum<E>> ReviewDecisionRule<E> of(Class<E> decisions, E favourable, E complement,
            String refusalReason, String complementReason) {
        return new ReviewDecisionRule<>("reviewDecision", "reviewComment", decisions, favourable, complement,
                refusalReason, complementReason);
    }

    E check(DelegateTask task) {
        return ReviewDecisionCheck.check(task, decisionVariable, commentVariable, decisions, favourable, complement,
                refusalReason, complementReason);
    }
}
