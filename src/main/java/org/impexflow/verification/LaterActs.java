package org.impexflow.verification;

/**
 * What happened to a document after its decision (withdrawn, suspended, prohibited): the case register
 * implements it, so that the public page shows the state of every kind of document at once, whatever
 * its {@link VerificationSubject} says of the decision itself.
 */
public interface LaterActs {

    /** The document as it stands now: {@code described}, or the same in the state an act gave it. */
    VerifiableDocument applyTo(long subjectId, VerifiableDocument described);
}
