package org.impexflow.verification;

import java.util.Optional;

/**
 * A kind of document that carries a verification code; the module that owns the document implements
 * it (export declarations today).
 */
public interface VerificationSubject {

    /** The subject type stored with the codes, e.g. {@code EXPORT_DECLARATION}. */
    String subjectType();

    Optional<VerifiableDocument> describe(long subjectId);
}
