package org.impexflow.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.impexflow.validation.FieldErrors;

/**
 * The check of a review task's completion, the same for every kind of case: a known decision, and
 * reasons for any decision but the favourable one (they are sent to the declarant).
 */
public final class ReviewDecisionCheck {

    private ReviewDecisionCheck() {
    }

    /**
     * Reads {@code decisionVariable} as one of {@code decisions} (and writes it back in upper case),
     * requires {@code commentVariable} unless the decision is {@code favourable}, and refuses the
     * completion with the fields at fault.
     *
     * @param refusalReason the message when an unfavourable decision has no reasons
     * @param complementReason the message when a request for complement does not say what is expected
     */
    public static <E extends Enum<E>> E check(DelegateTask task, String decisionVariable, String commentVariable,
            Class<E> decisions, E favourable, E complement, String refusalReason, String complementReason) {
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable(decisionVariable);
        E parsed = null;
        if (decision == null || decision.toString().isBlank()) {
            List<String> names = Arrays.stream(decisions.getEnumConstants()).map(Enum::name).toList();
            errors.add(decisionVariable, "obligatoire : " + String.join(", ", names.subList(0, names.size() - 1))
                    + " ou " + names.get(names.size() - 1));
        } else {
            try {
                parsed = Enum.valueOf(decisions, decision.toString().trim().toUpperCase(Locale.ROOT));
                task.setVariable(decisionVariable, parsed.name());
            } catch (IllegalArgumentException e) {
                errors.add(decisionVariable, "valeur inconnue « " + decision + " » (valeurs admises : "
                        + Arrays.toString(decisions.getEnumConstants()) + ")");
            }
        }
        Object comment = task.getVariable(commentVariable);
        if (comment != null && comment.toString().isBlank()) {
            // an empty text area of the form: no observation at all
            task.setVariable(commentVariable, null);
        }
        if (parsed != null && parsed != favourable && (comment == null || comment.toString().isBlank())) {
            errors.add(commentVariable, parsed == complement ? complementReason : refusalReason);
        }
        errors.throwIfAny("La décision ne peut pas être enregistrée.");
        return parsed;
    }
}
