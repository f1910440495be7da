package org.impexflow.casefile;

/**
 * A procedure's status that is a decision names the articles it rests on: the register keeps them with the
 * decision ({@link CaseFile#getLegalBasis()}) and with the timeline's line that records it, without the
 * procedure's delegates passing them along. A status that is no decision on the merits answers null.
 */
public interface DecisionBasis {

    String legalBasis();

    /** The legal basis of a status, when it is a decision that has one. */
    static String of(Enum<?> status) {
        return status instanceof DecisionBasis decision ? decision.legalBasis() : null;
    }
}
