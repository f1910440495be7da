package org.impexflow.verification;

import java.util.Optional;

/**
 * What a code points to, as the public page shows it: implemented once, by the case register
 * ({@code casefile.CaseVerification}), for every kind of document that carries a code.
 */
public interface VerificationSubject {

    /**
     * The document of a subject, e.g. {@code EXPORT_DECLARATION} and its case's id; empty when there is no such
     * document.
     */
    Optional<VerifiableDocument> describe(String subjectType, long subjectId);
}
