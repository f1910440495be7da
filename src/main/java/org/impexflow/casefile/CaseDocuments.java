package org.impexflow.casefile;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a decision makes (a validated declaration, a granted authorisation, an issued attestation),
 * made once: asked again for the same case and purpose (a retried step, a mail sent later), the stored
 * document is the answer, with the verification code it was printed with. The procedure says where its
 * document is stored and how it reads ({@link CaseDocument}); the SHA-256 of the stored bytes is kept by
 * the storage ({@code attachment}).
 */
@Service
@Transactional
public class CaseDocuments {

    private final VerificationCodes verificationCodes;

    CaseDocuments(VerificationCodes verificationCodes) {
        this.verificationCodes = verificationCodes;
    }

    /**
     * The stored document, or a new one: its verification code issued for {@code subjectType} and the case
     * (the same code if one was issued before), the PDF made with it, then stored.
     *
     * @param stored the document of this case and purpose, if already made
     * @param render the PDF, given the verification code
     * @param store stores the PDF's bytes and returns what was stored
     */
    public <D> D once(Supplier<Optional<D>> stored, String subjectType, long caseId, Function<String, byte[]> render,
            Function<byte[], D> store) {
        Optional<D> existing = stored.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        return store.apply(render.apply(verificationCodes.issue(subjectType, caseId)));
    }
}
